package cn.gov.cq.jianping.evaluation;

import java.time.Clock;
import java.time.LocalDate;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 实际现场评审日期: when the panel visited the institution before the scheduled date, the center
 * records the actual day with its reason, which opens on-site scoring from that day on;
 * recorded on the case's timeline and in the audit log.
 */
@Service
public class VisitDates {

	private final CaseAccess access;

	private final CaseTimeline timeline;

	private final AuditLog auditLog;

	private final Clock clock;

	VisitDates(CaseAccess access, CaseTimeline timeline, AuditLog auditLog, Clock clock) {
		this.access = access;
		this.timeline = timeline;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** Today in Asia/Shanghai, the day visits are counted in. */
	public LocalDate today() {
		return this.access.today();
	}

	/** Records the earlier actual visit; refused with the reason in Chinese otherwise. */
	@Transactional
	public void recordActualVisit(CurrentUser user, long caseId, LocalDate actual, String reason) {
		CaseAccess.requireRole(user, Role.CENTER);
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		LocalDate scheduled = evaluationCase.visit().visitDate();
		evaluationCase.changeVisit(evaluationCase.visit().tookPlace(actual, reason, this.access.today()),
				this.clock.instant());
		String detail = "原定 " + scheduled + "，实际 " + actual + "；原因：" + reason.trim();
		this.timeline.record(evaluationCase, user, "记录实际现场评审日期", null, null, detail);
		this.auditLog.record(user.getUsername(), "记录实际现场评审日期", "CASE", caseId, detail);
	}

	/** As {@link #recordActualVisit}, the refusal returned for the page to show. */
	@Transactional
	public Attempt<Void> tryRecordActualVisit(CurrentUser user, long caseId, LocalDate actual, String reason) {
		return Attempt.of(() -> recordActualVisit(user, caseId, actual, reason));
	}

}
