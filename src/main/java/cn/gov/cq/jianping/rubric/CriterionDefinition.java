package cn.gov.cq.jianping.rubric;

/**
 * One numbered scoring criterion (评分标准 ①②③…) of an item; criteria carry no points of
 * their own.
 *
 * @param code criterion code, item code plus ordinal, e.g. {@code A-03-4}
 * @param text the criterion wording
 */
public record CriterionDefinition(String code, String text) {

	public CriterionDefinition {
		Checks.code(code, "criterion");
		Checks.text(text, "text of criterion " + code);
	}

}
