package cn.gov.cq.jianping.scoring;

/**
 * A rule set is edited as a draft and frozen before a round uses it.
 */
public enum RuleSetStatus {

	/** 草稿: may still change. */
	DRAFT("草稿"),
	/** 已冻结: used by rounds, never changes again. */
	FROZEN("已冻结");

	private final String label;

	RuleSetStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
