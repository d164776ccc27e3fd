package cn.gov.cq.jianping.publicity;

/**
 * One problem with one field of an objection form, in Chinese.
 */
public record FieldProblem(String field, String message) {

	/** The field named when the entry is not (or no longer) under publicity. */
	public static final String ENTRY = "entryId";

	public boolean isAboutTheEntry() {
		return ENTRY.equals(this.field);
	}

}
