package cn.gov.cq.jianping.publicity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.CaseTimeline;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.PublicityPeriod;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第十二条: the bureau publishes a round's approved results for a period (10 natural days by
 * default), or records one held on paper whose period is over.
 */
@Service
class PublicityOpenings {

	private final PublicityRepository publicities;

	private final PublicityEntryRepository entries;

	private final PublicityCandidates candidates;

	private final CaseTimeline cases;

	private final AuditLog auditLog;

	private final PublicityTerms terms;

	PublicityOpenings(PublicityRepository publicities, PublicityEntryRepository entries, PublicityCandidates candidates,
			CaseTimeline cases, AuditLog auditLog, PublicityTerms terms) {
		this.publicities = publicities;
		this.entries = entries;
		this.candidates = candidates;
		this.cases = cases;
		this.auditLog = auditLog;
		this.terms = terms;
	}

	@Transactional
	public long open(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days, DayKind kind) {
		return open(user, roundId, caseIds, start, days, kind, null, false);
	}

	/** As {@link #open}, with the reason for a length other than 10 natural days. */
	@Transactional
	public long open(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days, DayKind kind,
			String lengthReason) {
		return open(user, roundId, caseIds, start, days, kind, lengthReason, false);
	}

	/**
	 * As {@link #open}, for the bureau's form: a refusal names its field instead of being
	 * thrown.
	 */
	@Transactional
	public Publicities.Opening openFromForm(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start,
			Integer days, DayKind kind, String lengthReason) {
		try {
			return new Publicities.Opening(open(user, roundId, caseIds, start, days, kind, lengthReason, false), null);
		}
		catch (PublicityRejectedException ex) {
			return new Publicities.Opening(null, new FieldProblem(ex.field(), ex.getMessage()));
		}
	}

	/**
	 * Records a publicity held before its results were entered here (e.g. a round run on
	 * paper): its period must already be over; the confirmation job then confirms what
	 * drew no objection.
	 */
	@Transactional
	public long recordPast(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days,
			DayKind kind) {
		return open(user, roundId, caseIds, start, days, kind, null, true);
	}

	private long open(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days, DayKind kind,
			String lengthReason, boolean past) {
		if (!user.hasRole(Role.BUREAU)) {
			throw new AccessDeniedException("只有市人力社保局可以发布公示");
		}
		PublicityPeriod period = this.terms.period(start, days, kind, past);
		String reason = this.terms.lengthReason(period, lengthReason, past);
		List<CaseViews.CaseSummary> approved = this.candidates.approvedUnpublished(user, roundId, caseIds);
		if (approved.isEmpty()) {
			throw new PublicityRejectedException("caseIds", "没有可公示的审核通过结果");
		}
		var round = this.candidates.round(roundId);
		Publicity publicity = this.publicities.save(new Publicity(roundId, round.name() + " 评估结果和初定等级公示", period,
				reason, user.getUsername(), this.terms.now()));
		Map<Long, InstitutionView> institutions = this.candidates.institutions();
		for (CaseViews.CaseSummary c : approved) {
			InstitutionView institution = institutions.get(c.institutionId());
			this.entries.save(new PublicityEntry(publicity.getId(), c.id(), c.institutionId(), institution.name(),
					institution.creditCode(), institution.type().label(), institution.districtCode(), round.year(),
					c.initialTotal(), c.approvedGrade()));
			this.cases.recordOnTimeline(c.id(), user.getUsername(), "发布公示",
					period.start() + " 至 " + period.lastDay() + "（" + publicity.lengthNote() + "）");
		}
		this.auditLog.record(user.getUsername(), "发布公示", "PUBLICITY", publicity.getId(), approved.size() + " 个机构，"
				+ period.start() + " 至 " + period.lastDay() + "（" + publicity.lengthNote() + "）");
		return publicity.getId();
	}

}
