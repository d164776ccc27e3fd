package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

/**
 * The score of one criterion.
 *
 * @param code the criterion code
 * @param score the awarded points, or {@code null} when the criterion is not yet scored
 * @param max the criterion's points in the rule set
 * @param ruleType how the points were awarded
 */
public record CriterionScore(String code, BigDecimal score, BigDecimal max, RuleType ruleType) {

	/**
	 * Tells whether the criterion has been scored.
	 */
	public boolean scored() {
		return this.score != null;
	}

}
