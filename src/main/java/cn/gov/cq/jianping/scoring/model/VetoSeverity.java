package cn.gov.cq.jianping.scoring.model;

/**
 * The assessors' judgement of how serious a 否定评判项 is, which fixes the result at 基本合格 or
 * 不合格.
 */
public enum VetoSeverity {

	/** 情节较轻：评估结果直接确定为“基本合格”. */
	BASIC("基本合格"),

	/** 情节严重：评估结果直接确定为“不合格”. */
	UNQUALIFIED("不合格");

	private final String label;

	VetoSeverity(String label) {
		this.label = label;
	}

	/**
	 * Returns the Chinese name of the grade this severity fixes.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Returns the highest grade an institution with such a veto finding can receive.
	 */
	public Grade cap() {
		return (this == BASIC) ? Grade.BASIC : Grade.UNQUALIFIED;
	}

}
