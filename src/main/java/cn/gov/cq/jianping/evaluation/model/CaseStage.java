package cn.gov.cq.jianping.evaluation.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.gov.cq.jianping.identity.Role;

/**
 * Where an evaluation case stands in the chain of 第九条 to 第十一条 and the bureau's review;
 * one transition table says which step may follow which.
 */
public enum CaseStage {

	/** 机构自评 (第九条). */
	SELF_ASSESSMENT("机构自评"),
	/** 区县初评 (第十条): only 等级评价机构 registered by a district. */
	DISTRICT_REVIEW("区县初评"),
	/** 中心综合评估 (第十一条): panel formed, experts score on site, the lead consolidates. */
	CENTER_EVALUATION("专家组评估"),
	/**
	 * 中心审核 (第十一条): the center reviews the panel's result and reports the initial grade to
	 * the bureau, or returns it to the panel.
	 */
	CENTER_REVIEW("中心审核"),
	/** 市局审核: the initial grade (初定等级) reported by the center awaits the bureau. */
	BUREAU_REVIEW("市局审核"),
	/** 审核通过: ready for public notice. */
	APPROVED("审核通过");

	private static final Map<CaseStage, Set<CaseStage>> NEXT = Map.of(SELF_ASSESSMENT,
			EnumSet.of(DISTRICT_REVIEW, CENTER_EVALUATION), DISTRICT_REVIEW,
			EnumSet.of(SELF_ASSESSMENT, CENTER_EVALUATION), CENTER_EVALUATION, EnumSet.of(CENTER_REVIEW), CENTER_REVIEW,
			EnumSet.of(BUREAU_REVIEW, CENTER_EVALUATION), BUREAU_REVIEW, EnumSet.of(APPROVED, CENTER_EVALUATION),
			APPROVED, EnumSet.of(CENTER_EVALUATION));

	private final String label;

	CaseStage(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean canMoveTo(CaseStage target) {
		return NEXT.getOrDefault(this, Set.of()).contains(target);
	}

	/**
	 * The rule table: whether someone in this role may take the action while a case is at
	 * this stage.
	 */
	public boolean allows(Role role, CaseAction action) {
		return action.stage() == this && action.role() == role;
	}

	/** The actions open at this stage to someone in this role. */
	public Set<CaseAction> actionsOf(Role role) {
		Set<CaseAction> open = EnumSet.noneOf(CaseAction.class);
		for (CaseAction action : CaseAction.values()) {
			if (allows(role, action)) {
				open.add(action);
			}
		}
		return open;
	}

}
