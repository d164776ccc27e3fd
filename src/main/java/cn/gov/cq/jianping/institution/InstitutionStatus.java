package cn.gov.cq.jianping.institution;

/**
 * Registration status of an institution.
 */
public enum InstitutionStatus {

	/** 正常. */
	NORMAL("正常"),
	/** 整改中. */
	RECTIFYING("整改中"),
	/** 暂停评价 (第十八条: during rectification). */
	SUSPENDED("暂停评价"),
	/** 已取消备案 (第十八条, 第十九条). */
	CANCELLED("已取消备案");

	private final String label;

	InstitutionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static InstitutionStatus fromLabel(String label) {
		for (InstitutionStatus status : values()) {
			if (status.label.equals(label) || status.name().equals(label)) {
				return status;
			}
		}
		return null;
	}

}
