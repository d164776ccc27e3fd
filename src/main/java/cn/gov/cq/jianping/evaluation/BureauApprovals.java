package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.InputRefusedException;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricDefinition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市局审核: the bureau compares the self, district and panel totals and sees every 组长合议 score
 * outside the experts' range, approves the initial grades the center reported or returns
 * them to the center; an approved case may be reopened, which voids the approval.
 */
@Service
public class BureauApprovals {

	/**
	 * A gap this large between the self, district and panel totals is highlighted for the
	 * bureau.
	 */
	static final BigDecimal LARGE_GAP = new BigDecimal("10");

	private final CaseAccess access;

	private final CaseSummaries summaries;

	private final CaseSheets sheets;

	private final CaseTimeline timeline;

	private final AuditLog auditLog;

	private final Clock clock;

	BureauApprovals(CaseAccess access, CaseSummaries summaries, CaseSheets sheets, CaseTimeline timeline,
			AuditLog auditLog, Clock clock) {
		this.access = access;
		this.summaries = summaries;
		this.sheets = sheets;
		this.timeline = timeline;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/**
	 * The round's cases awaiting or past the bureau's review, the three totals side by
	 * side.
	 */
	@Transactional(readOnly = true)
	public List<CaseViews.ReviewRow> review(CurrentUser user, long roundId) {
		CaseAccess.requireRole(user, Role.BUREAU, Role.CENTER);
		List<CaseViews.ReviewRow> rows = new ArrayList<>();
		for (EvaluationCase c : this.summaries.ofRound(roundId)) {
			if (c.getStage() != CaseStage.BUREAU_REVIEW && c.getStage() != CaseStage.APPROVED) {
				continue;
			}
			BigDecimal self = this.sheets.submittedTotal(c.getId(), SheetKind.SELF);
			BigDecimal district = this.sheets.submittedTotal(c.getId(), SheetKind.DISTRICT);
			BigDecimal panelTotal = c.getInitialTotal();
			RubricDefinition rubric = this.sheets.ruleSet(c).rubric();
			List<CaseViews.VetoView> vetoes = this.sheets.shared(c.getId(), SheetKind.PANEL)
				.map(sheet -> CaseSheets.vetoViews(sheet, rubric))
				.orElse(List.of());
			boolean gap = gap(self, panelTotal) || gap(district, panelTotal);
			rows.add(new CaseViews.ReviewRow(c.getId(), c.getInstitutionName(), c.getRubricCode(), c.getStage(), self,
					district, panelTotal, c.getInitialGrade(), vetoes, gap, c.isSelfSkipped(), c.isDistrictSkipped(),
					this.sheets.findings(c).deviations()));
		}
		return rows;
	}

	@Transactional
	public void approve(CurrentUser user, long caseId) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		CaseTransition transition = evaluationCase.approve(user.role(), user.getUsername(), this.clock.instant());
		this.timeline.record(evaluationCase, user, transition, null);
		this.auditLog.record(user.getUsername(), "审核通过", "CASE", caseId,
				evaluationCase.getInstitutionName() + "：" + transition.detail());
	}

	/**
	 * Approves several cases at once; one that cannot be approved stops the batch and
	 * nothing changes.
	 */
	@Transactional
	public int approveAll(CurrentUser user, List<Long> caseIds) {
		if (caseIds == null || caseIds.isEmpty()) {
			throw new InputRefusedException("请勾选要审核通过的机构");
		}
		for (Long caseId : caseIds) {
			approve(user, caseId);
		}
		return caseIds.size();
	}

	@Transactional
	public void returnToCenter(CurrentUser user, long caseId, String reason) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		this.timeline.record(evaluationCase, user,
				evaluationCase.returnToCenter(user.role(), reason, this.clock.instant()), null);
		this.sheets.reopenPanelSheet(caseId, this.clock.instant());
		this.auditLog.record(user.getUsername(), "退回中心", "CASE", caseId, reason);
	}

	/** The center reopens an approved case; the approval is void. */
	@Transactional
	public void reopen(CurrentUser user, long caseId, String reason) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		this.timeline.record(evaluationCase, user, evaluationCase.reopen(user.role(), reason, this.clock.instant()),
				null);
		this.sheets.reopenPanelSheet(caseId, this.clock.instant());
		this.auditLog.record(user.getUsername(), "重新评估", "CASE", caseId, reason);
	}

	/** Called by the publicity module when the bureau upholds an objection (第十三条). */
	@Transactional
	public void reopenAfterUpheldObjection(CurrentUser user, long caseId, String conclusion) {
		EvaluationCase evaluationCase = this.access.visible(user, caseId);
		this.timeline.record(evaluationCase, user,
				evaluationCase.reopenAfterUpheldObjection(user.role(), conclusion, this.clock.instant()), null);
		this.sheets.reopenPanelSheet(caseId, this.clock.instant());
	}

	private static boolean gap(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.subtract(b).abs().compareTo(LARGE_GAP) >= 0;
	}

}
