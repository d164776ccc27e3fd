package cn.gov.cq.jianping.evaluation.model;

import cn.gov.cq.jianping.identity.Role;

/**
 * What someone may do to a case, with the one stage and the one role it belongs to: the
 * rule table that the aggregate, the services, the page model and the templates all read
 * through {@link CaseStage#allows(Role, CaseAction)}.
 */
public enum CaseAction {

	/** 机构填写自评表 (第九条). */
	EDIT_SELF_SHEET(CaseStage.SELF_ASSESSMENT, Role.INSTITUTION, "修改自评", "只有机构本身可以修改自评"),
	SUBMIT_SELF_ASSESSMENT(CaseStage.SELF_ASSESSMENT, Role.INSTITUTION, "提交自评", "只有机构本身可以提交自评"),
	/** 区县初评 (第十条). */
	EDIT_DISTRICT_SHEET(CaseStage.DISTRICT_REVIEW, Role.DISTRICT, "修改初评", "只有区县人力社保部门可以修改初评"),
	FORWARD_TO_CENTER(CaseStage.DISTRICT_REVIEW, Role.DISTRICT, "报送初评", "只有区县人力社保部门可以报送初评"),
	RETURN_TO_INSTITUTION(CaseStage.DISTRICT_REVIEW, Role.DISTRICT, "退回自评", "只有区县人力社保部门可以退回自评"),
	PROCEED_WITHOUT_SELF_ASSESSMENT(CaseStage.SELF_ASSESSMENT, Role.CENTER, "在未自评时继续评估", "只有鉴定指导中心可以在未自评时继续评估"),
	PROCEED_WITHOUT_DISTRICT_REVIEW(CaseStage.DISTRICT_REVIEW, Role.CENTER, "在区县未初评时继续评估", "只有鉴定指导中心可以在区县未初评时继续评估"),
	/** 组建专家组 (第十一条). */
	FORM_PANEL(CaseStage.CENTER_EVALUATION, Role.CENTER, "组建专家组", "只有鉴定指导中心可以组建专家组"),
	EDIT_EXPERT_SHEET(CaseStage.CENTER_EVALUATION, Role.EXPERT, "修改专家评分", "只有专家组成员可以修改专家评分"),
	SUBMIT_EXPERT_SHEET(CaseStage.CENTER_EVALUATION, Role.EXPERT, "提交专家评分", "只有专家组成员可以提交专家评分"),
	SUBMIT_INITIAL_GRADE(CaseStage.CENTER_EVALUATION, Role.EXPERT, "提交初定等级", "只有专家组组长可以提交初定等级"),
	/** 中心审核 (第十一条): the center reports the initial grade or returns it to the panel. */
	REPORT_TO_BUREAU(CaseStage.CENTER_REVIEW, Role.CENTER, "报送市局审核", "只有鉴定指导中心可以将初定等级报送市局审核"),
	RETURN_TO_PANEL(CaseStage.CENTER_REVIEW, Role.CENTER, "退回专家组", "只有鉴定指导中心可以退回专家组"),
	/** 市局审核. */
	APPROVE(CaseStage.BUREAU_REVIEW, Role.BUREAU, "审核通过", "只有市人力社保局可以审核"),
	RETURN_TO_CENTER(CaseStage.BUREAU_REVIEW, Role.BUREAU, "退回中心", "只有市人力社保局可以退回"),
	REOPEN(CaseStage.APPROVED, Role.CENTER, "重新评估", "只有鉴定指导中心可以重新评估"),
	/** 第十三条: an objection found 成立. */
	REOPEN_AFTER_UPHELD_OBJECTION(CaseStage.APPROVED, Role.BUREAU, "根据异议重新评估", "只有市人力社保局可以根据复核结论退回重新评估");

	private final CaseStage stage;

	private final Role role;

	private final String label;

	private final String roleRefusal;

	CaseAction(CaseStage stage, Role role, String label, String roleRefusal) {
		this.stage = stage;
		this.role = role;
		this.label = label;
		this.roleRefusal = roleRefusal;
	}

	/** The stage at which the action is taken. */
	public CaseStage stage() {
		return this.stage;
	}

	/** The one role that takes the action. */
	public Role role() {
		return this.role;
	}

	/** The action in Chinese, as in “当前环节为…，不能{label}”. */
	public String label() {
		return this.label;
	}

	/** Why someone in another role is refused. */
	public String roleRefusal() {
		return this.roleRefusal;
	}

	/**
	 * Refuses, with a reason a user can read, unless the actor may take this action at
	 * this stage.
	 */
	public void require(Role actor, CaseStage current) {
		if (actor != this.role) {
			throw new IllegalTransitionException(this.roleRefusal);
		}
		requireStage(current);
	}

	/** Refuses unless the case stands at this action's stage. */
	public void requireStage(CaseStage current) {
		if (current != this.stage) {
			throw new IllegalTransitionException("当前环节为“" + current.label() + "”，不能" + this.label);
		}
	}

}
