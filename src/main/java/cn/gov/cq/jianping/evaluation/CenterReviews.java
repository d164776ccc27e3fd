package cn.gov.cq.jianping.evaluation;

import java.time.Clock;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 中心审核 (第十一条): the center, which organised the panel, reviews the panel's result — the
 * experts' sheets, the consolidation, the vetoes, how far the experts disagreed, the
 * daily record — and either reports the initial grade to the bureau or returns the case
 * to the panel with its reasons.
 */
@Service
public class CenterReviews {

	static final String AUDIT_TYPE = "CASE";

	private final CaseAccess access;

	private final CaseSheets sheets;

	private final CaseTimeline timeline;

	private final AuditLog auditLog;

	private final Clock clock;

	CenterReviews(CaseAccess access, CaseSheets sheets, CaseTimeline timeline, AuditLog auditLog, Clock clock) {
		this.access = access;
		this.sheets = sheets;
		this.timeline = timeline;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The experts' disagreement and the 组长合议 deviations of the case, for the center's and
	 * the bureau's review; 404 outside the user's scope.
	 */
	@Transactional(readOnly = true)
	public CaseViews.PanelFindings findings(CurrentUser user, long caseId) {
		CaseAccess.requireRole(user, Role.CENTER, Role.BUREAU);
		return this.sheets.findings(this.access.visible(user, caseId));
	}

	/** The center reports the panel's result and initial grade to the bureau. */
	@Transactional
	public void reportToBureau(CurrentUser user, long caseId, String opinion) {
		CaseAccess.requireRole(user, Role.CENTER);
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		CaseTransition transition = evaluationCase.reportToBureau(user.role(), opinion, this.clock.instant());
		this.timeline.record(evaluationCase, user, transition, null);
		this.auditLog.record(user.getUsername(), "中心报送市局审核", AUDIT_TYPE, caseId,
				evaluationCase.getInstitutionName() + "：" + transition.detail());
	}

	/**
	 * The center returns the case to the panel with its reasons; the lead consolidates
	 * again.
	 */
	@Transactional
	public void returnToPanel(CurrentUser user, long caseId, String reason) {
		CaseAccess.requireRole(user, Role.CENTER);
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		CaseTransition transition = evaluationCase.returnToPanel(user.role(), reason, this.clock.instant());
		this.timeline.record(evaluationCase, user, transition, null);
		this.sheets.reopenPanelSheet(caseId, this.clock.instant());
		this.auditLog.record(user.getUsername(), "中心退回专家组", AUDIT_TYPE, caseId,
				evaluationCase.getInstitutionName() + "：" + transition.detail());
	}

}
