package cn.gov.cq.jianping.rubric;

/**
 * The two scoring rubrics of 渝人社发〔2021〕33号 (附件1 and 附件2), identified by institution type.
 */
public enum RubricCode {

	/** 附件1：职业技能考核鉴定机构评估评分标准. */
	APPRAISAL("考核鉴定机构"),

	/** 附件2：职业技能等级评价机构评估评分标准. */
	LEVEL("等级评价机构");

	private final String label;

	RubricCode(String label) {
		this.label = label;
	}

	/**
	 * Returns the Chinese name of the institution type this rubric grades.
	 */
	public String label() {
		return this.label;
	}

}
