package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.Grade;

import static cn.gov.cq.jianping.evaluation.model.Refusals.requireMissed;
import static cn.gov.cq.jianping.evaluation.model.Refusals.requireReason;

/** One institution's evaluation in one round; every move is checked here and returned. */
@Entity
@Table(name = "evaluation_case")
class EvaluationCase {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "round_id", nullable = false)
	private long roundId;

	@Column(name = "institution_id", nullable = false)
	private long institutionId;

	@Column(name = "institution_name", nullable = false)
	private String institutionName;

	@Enumerated(EnumType.STRING)
	@Column(name = "rubric_code", nullable = false)
	private RubricCode rubricCode;

	@Column(name = "district_code")
	private String districtCode;

	/** 第十条: a 等级评价机构 registered by a district is first reviewed there. */
	@Column(name = "via_district", nullable = false)
	private boolean viaDistrict;

	@Column(name = "rule_set_id", nullable = false)
	private long ruleSetId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStage stage = CaseStage.SELF_ASSESSMENT;

	@Column(name = "self_skipped", nullable = false)
	private boolean selfSkipped;

	@Column(name = "district_skipped", nullable = false)
	private boolean districtSkipped;

	@Embedded
	private CaseVisit visit;

	@Column(name = "panel_opinion", columnDefinition = "text")
	private String panelOpinion;

	@Column(name = "initial_total")
	private BigDecimal initialTotal;

	@Enumerated(EnumType.STRING)
	@Column(name = "initial_grade")
	private Grade initialGrade;

	@Embedded
	private Approval approval;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected EvaluationCase() {
	}

	EvaluationCase(long roundId, long institutionId, String institutionName, RubricCode rubricCode, String districtCode,
			long ruleSetId, Instant now) {
		this.roundId = roundId;
		this.institutionId = institutionId;
		this.institutionName = institutionName;
		this.rubricCode = rubricCode;
		this.districtCode = districtCode;
		this.viaDistrict = rubricCode == RubricCode.LEVEL && districtCode != null;
		this.ruleSetId = ruleSetId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	CaseTransition submitSelfAssessment(Role actor, Instant now) {
		CaseAction.SUBMIT_SELF_ASSESSMENT.require(actor, this.stage);
		CaseStage target = this.viaDistrict ? CaseStage.DISTRICT_REVIEW : CaseStage.CENTER_EVALUATION;
		return move(target, now, "提交自评", this.viaDistrict ? "报送区县人力社保部门初评（第十条）" : "报送市职业技能鉴定指导中心（第十一条）");
	}

	CaseTransition returnToInstitution(Role actor, String reason, Instant now) {
		CaseAction.RETURN_TO_INSTITUTION.require(actor, this.stage);
		return move(CaseStage.SELF_ASSESSMENT, now, "区县退回自评", requireReason(reason, "退回须填写原因"));
	}

	CaseTransition forwardToCenter(Role actor, Instant now) {
		CaseAction.FORWARD_TO_CENTER.require(actor, this.stage);
		return move(CaseStage.CENTER_EVALUATION, now, "区县报送初评", "初评情况报送市职业技能鉴定指导中心（第十条）");
	}

	/** After the self-assessment deadline the center may go on; the fact stays. */
	CaseTransition proceedWithoutSelfAssessment(Role actor, boolean deadlineMissed, Instant now) {
		CaseAction.PROCEED_WITHOUT_SELF_ASSESSMENT.require(actor, this.stage);
		requireMissed(deadlineMissed, "自评截止日期尚未过去，不能跳过机构自评");
		this.selfSkipped = true;
		return move(CaseStage.CENTER_EVALUATION, now, "逾期未自评，中心继续评估", "机构未在截止日期前提交自评");
	}

	CaseTransition proceedWithoutDistrictReview(Role actor, boolean deadlineMissed, Instant now) {
		CaseAction.PROCEED_WITHOUT_DISTRICT_REVIEW.require(actor, this.stage);
		requireMissed(deadlineMissed, "区县初评截止日期尚未过去，不能跳过区县初评");
		this.districtSkipped = true;
		return move(CaseStage.CENTER_EVALUATION, now, "区县逾期未初评，中心继续评估", "区县未在截止日期前报送初评");
	}

	/** 第十一条: the lead's initial grade goes to the center, which reports it. */
	CaseTransition submitInitialGrade(Role actor, BigDecimal total, Grade grade, String opinion, Instant now) {
		CaseAction.SUBMIT_INITIAL_GRADE.require(actor, this.stage);
		this.panelOpinion = requireReason(opinion, "请填写专家组评估意见");
		this.initialTotal = total;
		this.initialGrade = grade;
		return move(CaseStage.CENTER_REVIEW, now, "专家组提交初定等级",
				"总分 " + total.stripTrailingZeros().toPlainString() + " 分，初定等级“" + grade.label() + "”，报送鉴定指导中心审核（第十一条）");
	}

	CaseTransition reportToBureau(Role actor, String opinion, Instant now) {
		CaseAction.REPORT_TO_BUREAU.require(actor, this.stage);
		String detail = "评估结果和初定等级“" + this.initialGrade.label() + "”报送市人力社保局审核（第十一条）";
		return move(CaseStage.BUREAU_REVIEW, now, "中心报送市局审核",
				opinion == null || opinion.isBlank() ? detail : detail + "；中心意见：" + opinion.trim());
	}

	CaseTransition returnToPanel(Role actor, String reason, Instant now) {
		CaseAction.RETURN_TO_PANEL.require(actor, this.stage);
		return move(CaseStage.CENTER_EVALUATION, now, "中心退回专家组", requireReason(reason, "退回须填写原因"));
	}

	CaseTransition approve(Role actor, String by, Instant now) {
		CaseAction.APPROVE.require(actor, this.stage);
		this.approval = new Approval(by, now, this.initialTotal, this.initialGrade);
		return move(CaseStage.APPROVED, now, "市局审核通过", "核准总分 " + this.initialTotal.stripTrailingZeros().toPlainString()
				+ " 分，等级“" + this.initialGrade.label() + "”");
	}

	CaseTransition returnToCenter(Role actor, String reason, Instant now) {
		CaseAction.RETURN_TO_CENTER.require(actor, this.stage);
		return move(CaseStage.CENTER_EVALUATION, now, "市局退回中心", requireReason(reason, "退回须填写原因"));
	}

	/** Any change after approval voids it: the case needs a new approval. */
	CaseTransition reopen(Role actor, String reason, Instant now) {
		CaseAction.REOPEN.require(actor, this.stage);
		String why = requireReason(reason, "重新评估须填写原因");
		return move(CaseStage.CENTER_EVALUATION, now, "重新评估（原审核结论作废）", why);
	}

	/** 第十三条: an objection found 成立 sends the approved case back to the center. */
	CaseTransition reopenAfterUpheldObjection(Role actor, String reason, Instant now) {
		CaseAction.REOPEN_AFTER_UPHELD_OBJECTION.require(actor, this.stage);
		String why = requireReason(reason, "请填写复核结论");
		return move(CaseStage.CENTER_EVALUATION, now, "异议成立，退回重新评估（原审核结论作废）", why);
	}

	/** The visit as scheduled, or as it took place, while the panel is formed. */
	void changeVisit(CaseVisit changed, Instant now) {
		CaseAction.FORM_PANEL.requireStage(this.stage);
		this.visit = changed;
		this.updatedAt = now;
	}

	private CaseTransition move(CaseStage target, Instant now, String action, String detail) {
		if (!this.stage.canMoveTo(target)) {
			throw new IllegalTransitionException("当前环节为“" + this.stage.label() + "”，不能“" + action + "”");
		}
		CaseStage from = this.stage;
		this.stage = target;
		this.updatedAt = now;
		// Any move away from approval voids it.
		this.approval = (target == CaseStage.APPROVED) ? this.approval : null;
		return new CaseTransition(from, target, action, detail);
	}

	/** Refuses unless the case stands where the action is taken. */
	void requireStage(CaseAction action) {
		action.requireStage(this.stage);
	}

	/** The rule table asked for this case: may someone in the role act now. */
	boolean allows(Role role, CaseAction action) {
		return this.stage.allows(role, action);
	}

	Long getId() {
		return this.id;
	}

	long getRoundId() {
		return this.roundId;
	}

	long getInstitutionId() {
		return this.institutionId;
	}

	String getInstitutionName() {
		return this.institutionName;
	}

	RubricCode getRubricCode() {
		return this.rubricCode;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	boolean isViaDistrict() {
		return this.viaDistrict;
	}

	long getRuleSetId() {
		return this.ruleSetId;
	}

	CaseStage getStage() {
		return this.stage;
	}

	boolean isSelfSkipped() {
		return this.selfSkipped;
	}

	boolean isDistrictSkipped() {
		return this.districtSkipped;
	}

	/** The visit, an empty one while none is scheduled. */
	CaseVisit visit() {
		return this.visit == null ? new CaseVisit() : this.visit;
	}

	String getPanelOpinion() {
		return this.panelOpinion;
	}

	BigDecimal getInitialTotal() {
		return this.initialTotal;
	}

	Grade getInitialGrade() {
		return this.initialGrade;
	}

	String getApprovedBy() {
		return this.approval == null ? null : this.approval.by();
	}

	Instant getApprovedAt() {
		return this.approval == null ? null : this.approval.at();
	}

	BigDecimal getApprovedTotal() {
		return this.approval == null ? null : this.approval.total();
	}

	Grade getApprovedGrade() {
		return this.approval == null ? null : this.approval.grade();
	}

	long getVersion() {
		return this.version;
	}

}
