package cn.gov.cq.jianping.publicity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.PublicityPeriod;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第十二条: the bureau publishes approved results for a period (10 natural days by default).
 */
@Service
public class Publicities {

	private final PublicityRepository publicities;

	private final PublicityEntryRepository entries;

	private final ObjectionRepository objections;

	private final EvaluationCases cases;

	private final EvaluationRounds rounds;

	private final InstitutionRegistry registry;

	private final AuditLog auditLog;

	private final Clock clock;

	Publicities(PublicityRepository publicities, PublicityEntryRepository entries, ObjectionRepository objections,
			EvaluationCases cases, EvaluationRounds rounds, InstitutionRegistry registry, AuditLog auditLog,
			Clock clock) {
		this.publicities = publicities;
		this.entries = entries;
		this.objections = objections;
		this.cases = cases;
		this.rounds = rounds;
		this.registry = registry;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** An entry as the pages show it. */
	public record EntryView(long id, long publicityId, long caseId, String institutionName, String creditCode,
			String institutionType, String district, BigDecimal total, Grade grade, String status,
			boolean underNotice, LocalDate start, LocalDate lastDay, String closingTime, long openObjections,
			long objections) {
	}

	/** A publicity with its entries. */
	public record PublicityView(long id, long roundId, String title, LocalDate start, LocalDate lastDay, int days,
			DayKind dayKind, String closingTime, boolean open, boolean ended, List<EntryView> entries) {
	}

	/** Opens a publicity for approved cases of a round: all of them when {@code caseIds} is empty. */
	@Transactional
	public long open(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days, DayKind kind) {
		return open(user, roundId, caseIds, start, days, kind, false);
	}

	/** The outcome of opening a publicity from the form: its id, or the field at fault and why. */
	public record Opening(Long publicityId, FieldProblem refusal) {

		public boolean opened() {
			return this.publicityId != null;
		}

	}

	/** As {@link #open}, for the bureau's form: a refusal names its field instead of being thrown. */
	@Transactional
	public Opening openFromForm(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days,
			DayKind kind) {
		try {
			return new Opening(open(user, roundId, caseIds, start, days, kind, false), null);
		}
		catch (PublicityRejectedException ex) {
			return new Opening(null, new FieldProblem(ex.field(), ex.getMessage()));
		}
	}

	/**
	 * Records a publicity held before its results were entered here (e.g. a round run on paper):
	 * its period must already be over; the confirmation job then confirms what drew no objection.
	 */
	@Transactional
	public long recordPast(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days,
			DayKind kind) {
		return open(user, roundId, caseIds, start, days, kind, true);
	}

	private long open(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days, DayKind kind,
			boolean past) {
		if (!user.hasRole(Role.BUREAU)) {
			throw new AccessDeniedException("只有市人力社保局可以发布公示");
		}
		PublicityPeriod period;
		try {
			period = new PublicityPeriod(start, days == null ? PublicityPeriod.DEFAULT_DAYS : days, kind);
		}
		catch (IllegalArgumentException ex) {
			throw new PublicityRejectedException(start == null ? "start" : "days", ex.getMessage());
		}
		if (!past && start.isBefore(LocalDate.now(this.clock))) {
			throw new PublicityRejectedException("start", "公示开始日期不能早于今天");
		}
		if (past && !period.hasEndedAt(this.clock.instant())) {
			throw new PublicityRejectedException("start", "登记往期公示时，公示期须已结束");
		}
		Set<Long> alreadyPublished = this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.UNDER_NOTICE)
			.stream()
			.map(PublicityEntry::getCaseId)
			.collect(Collectors.toSet());
		this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.CONFIRMED)
			.forEach(e -> alreadyPublished.add(e.getCaseId()));
		List<CaseViews.CaseSummary> approved = this.cases.casesOfRound(user, roundId)
			.stream()
			.filter(c -> c.stage() == CaseStage.APPROVED)
			.filter(c -> !alreadyPublished.contains(c.id()))
			.filter(c -> caseIds == null || caseIds.isEmpty() || caseIds.contains(c.id()))
			.toList();
		if (approved.isEmpty()) {
			throw new PublicityRejectedException("caseIds", "没有可公示的审核通过结果");
		}
		var round = this.rounds.view(roundId);
		Publicity publicity = this.publicities.save(new Publicity(roundId, round.name() + " 评估结果和初定等级公示", period,
				user.getUsername(), this.clock.instant()));
		Map<Long, InstitutionView> institutions = this.registry.all()
			.stream()
			.collect(Collectors.toMap(InstitutionView::id, Function.identity()));
		for (CaseViews.CaseSummary c : approved) {
			InstitutionView institution = institutions.get(c.institutionId());
			this.entries.save(new PublicityEntry(publicity.getId(), c.id(), c.institutionId(), institution.name(),
					institution.creditCode(), institution.type().label(), institution.districtCode(), round.year(),
					c.initialTotal(), c.approvedGrade()));
			this.cases.recordOnTimeline(c.id(), user.getUsername(), "发布公示",
					period.start() + " 至 " + period.lastDay() + "（" + period.days() + " 个" + period.kind().label() + "）");
		}
		this.auditLog.record(user.getUsername(), "发布公示", "PUBLICITY", publicity.getId(),
				approved.size() + " 个机构，" + period.start() + " 至 " + period.lastDay());
		return publicity.getId();
	}

	/** What is under publicity right now, for the public page. */
	@Transactional(readOnly = true)
	public List<EntryView> underNoticeNow() {
		List<PublicityEntry> open = this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.UNDER_NOTICE);
		Map<Long, Publicity> byId = publicitiesOf(open);
		return open.stream()
			.filter(e -> byId.get(e.getPublicityId()).period().isOpenAt(this.clock.instant()))
			.map(e -> toView(e, byId.get(e.getPublicityId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<PublicityView> list() {
		return this.publicities.findAllByOrderByIdDesc().stream().map(this::toView).toList();
	}

	@Transactional(readOnly = true)
	public PublicityView view(long publicityId) {
		return toView(this.publicities.findById(publicityId)
			.orElseThrow(() -> new PublicityNotFoundException("公示不存在")));
	}

	@Transactional(readOnly = true)
	public EntryView entry(long entryId) {
		PublicityEntry entry = this.entries.findById(entryId)
			.orElseThrow(() -> new PublicityNotFoundException("未找到公示条目"));
		return toView(entry, this.publicities.findById(entry.getPublicityId()).orElseThrow());
	}

	private PublicityView toView(Publicity publicity) {
		PublicityPeriod period = publicity.period();
		List<EntryView> views = this.entries.findByPublicityIdOrderByInstitutionNameAsc(publicity.getId())
			.stream()
			.map(e -> toView(e, publicity))
			.toList();
		return new PublicityView(publicity.getId(), publicity.getRoundId(), publicity.getTitle(), period.start(),
				period.lastDay(), period.days(), period.kind(), closing(period), period.isOpenAt(this.clock.instant()),
				period.hasEndedAt(this.clock.instant()), views);
	}

	EntryView toView(PublicityEntry entry, Publicity publicity) {
		PublicityPeriod period = publicity.period();
		boolean underNotice = entry.getStatus() == PublicityEntry.Status.UNDER_NOTICE
				&& period.isOpenAt(this.clock.instant());
		return new EntryView(entry.getId(), publicity.getId(), entry.getCaseId(), entry.getInstitutionName(),
				entry.getCreditCode(), entry.getInstitutionType(),
				entry.getDistrictCode() == null ? "市级" : Districts.all().nameOf(entry.getDistrictCode()),
				entry.getTotal(), entry.getGrade(), entry.getStatus().label(), underNotice, period.start(),
				period.lastDay(), closing(period),
				this.objections.countByEntryIdAndStatus(entry.getId(), Objection.Status.SUBMITTED),
				this.objections.findByEntryIdOrderByIdAsc(entry.getId()).size());
	}

	private Map<Long, Publicity> publicitiesOf(List<PublicityEntry> entries) {
		return this.publicities.findByIdIn(entries.stream().map(PublicityEntry::getPublicityId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Publicity::getId, Function.identity()));
	}

	private static String closing(PublicityPeriod period) {
		return period.lastDay() + " 23:59:59";
	}

	static List<Long> ids(List<EntryView> views) {
		List<Long> ids = new ArrayList<>();
		views.forEach(v -> ids.add(v.id()));
		return ids;
	}

}
