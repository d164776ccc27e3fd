package cn.gov.cq.jianping.institution;

/** Import columns, in order; the export adds the status after them. */
enum WorkbookColumn {

	NAME("机构名称", "name"), CREDIT_CODE("统一社会信用代码", "creditCode"), TYPE("机构类型", "type"), AUTHORITY("备案机关", "authority"),
	REGISTRATION_NUMBER("备案编号", "registrationNumber"), REGISTERED_ON("备案日期", "registeredOn"),
	EXPIRES_ON("备案有效期至", "expiresOn"), SCOPE("备案职业（工种）及等级", "scopeOccupations"), SITES("评价场所", "evaluationSites"),
	CONTACT_PERSON("联系人", "contactPerson"), CONTACT_PHONE("联系电话", "contactPhone");

	final String header;

	final String field;

	WorkbookColumn(String header, String field) {
		this.header = header;
		this.field = field;
	}

	static String headerOf(String field) {
		for (WorkbookColumn column : values()) {
			if (column.field.equals(field)) {
				return column.header;
			}
		}
		return field;
	}

	String letter() {
		return String.valueOf((char) ('A' + ordinal()));
	}

}
