package cn.gov.cq.jianping.scoring.model;

/**
 * The closed set of ways a criterion's points can be awarded; each names the input it
 * needs.
 */
public enum RuleType {

	/** Full points when the criterion is met, otherwise 0. */
	ALL_OR_NOTHING("全有或全无", "填写是否达标（met）：达标得满分，否则得 0 分"),

	/** The assessor awards a value in [0, points] on a grid of {@code step}. */
	SCALE("按档评分", "填写得分（value）：0 至满分之间，须为评分档（默认 0.5 分）的整数倍"),

	/** Each verified occurrence deducts {@code deduction} points, down to 0. */
	DEDUCTION_PER_OCCURRENCE("按次扣分", "填写发生次数（count，非负整数）：每次扣除设定分值，扣完为止"),

	/**
	 * Full points when numerator / denominator does not exceed {@code threshold}, e.g.
	 * 回退计划不超过 10%.
	 */
	RATIO_AT_MOST("比例不超过阈值", "填写分子（numerator）和分母（denominator）：比例不超过阈值得满分，否则（含分子大于分母）得 0 分；分子分母均为 0 视为未超过阈值，得满分"),

	/**
	 * Points in proportion to actual / planned, capped at full points and rounded down to
	 * 0.01.
	 */
	COMPLETION_RATIO("按完成比例", "填写实际完成数（numerator）和计划数（denominator，大于 0）：按完成比例得分，最高满分"),

	/** Full points when no complaint or violation was verified, otherwise 0. */
	NO_VERIFIED_RECORDS("无核实记录得满分", "填写经核实的记录数（count，非负整数）：为 0 得满分，否则得 0 分");

	private final String label;

	private final String inputDescription;

	RuleType(String label, String inputDescription) {
		this.label = label;
		this.inputDescription = inputDescription;
	}

	/**
	 * Returns the Chinese name of the rule type.
	 */
	public String label() {
		return this.label;
	}

	/**
	 * Returns a Chinese description of the input an assessor must enter for this rule
	 * type.
	 */
	public String inputDescription() {
		return this.inputDescription;
	}

}
