package cn.gov.cq.jianping.scoring.model;

/**
 * How an expert panel's criterion scores are combined into one score per criterion.
 */
public enum ConsolidationMethod {

	/** Arithmetic mean of the experts who scored the criterion. */
	MEAN("算术平均"),

	/** Mean after dropping one highest and one lowest score; needs at least 5 experts. */
	TRIMMED_MEAN("去掉最高分和最低分后平均"),

	/** The panel lead records the agreed score for each criterion the experts scored. */
	LEAD_CONSENSUS("组长合议");

	private final String label;

	ConsolidationMethod(String label) {
		this.label = label;
	}

	/**
	 * Returns the Chinese name of the method.
	 */
	public String label() {
		return this.label;
	}

}
