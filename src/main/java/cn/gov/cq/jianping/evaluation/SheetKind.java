package cn.gov.cq.jianping.evaluation;

/**
 * Whose sheet: the institution's self-assessment, the district's preliminary review, one
 * expert's, or the panel's consolidated sheet.
 */
public enum SheetKind {

	SELF("机构自评"), DISTRICT("区县初评"), EXPERT("专家评分"), PANEL("专家组汇总");

	private final String label;

	SheetKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
