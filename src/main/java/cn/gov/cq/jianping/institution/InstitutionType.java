package cn.gov.cq.jianping.institution;

/**
 * The two kinds of registered institution; each is scored with its own rubric.
 */
public enum InstitutionType {

	/** 职业技能考核鉴定机构, scored with 附件1. */
	APPRAISAL("考核鉴定机构", "APPRAISAL"),
	/** 职业技能等级评价机构, scored with 附件2. */
	LEVEL("等级评价机构", "LEVEL");

	private final String label;

	private final String rubric;

	InstitutionType(String label, String rubric) {
		this.label = label;
		this.rubric = rubric;
	}

	public String label() {
		return this.label;
	}

	/** The code of the rubric this type is scored with. */
	public String rubric() {
		return this.rubric;
	}

	public static InstitutionType fromLabel(String label) {
		for (InstitutionType type : values()) {
			if (type.label.equals(label) || ("职业技能" + type.label).equals(label) || type.name().equals(label)) {
				return type;
			}
		}
		return null;
	}

}
