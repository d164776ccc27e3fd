package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

/**
 * What an assessor entered for one criterion; exactly the fields its {@link RuleType}
 * needs are set.
 *
 * <p>
 * The engine, not this record, checks the input against the rule, so that all errors of a
 * sheet can be reported together.
 *
 * @param value awarded points for {@link RuleType#SCALE}
 * @param met whether the criterion is met, for {@link RuleType#ALL_OR_NOTHING}
 * @param count occurrences for {@link RuleType#DEDUCTION_PER_OCCURRENCE} and
 * {@link RuleType#NO_VERIFIED_RECORDS}
 * @param numerator ratio numerator for {@link RuleType#RATIO_AT_MOST} and
 * {@link RuleType#COMPLETION_RATIO}
 * @param denominator ratio denominator for the same types
 */
public record CriterionInput(BigDecimal value, Boolean met, Integer count, BigDecimal numerator,
		BigDecimal denominator) {

	/**
	 * An awarded value for a SCALE rule.
	 */
	public static CriterionInput value(BigDecimal value) {
		return new CriterionInput(value, null, null, null, null);
	}

	/**
	 * A met / not met answer for an ALL_OR_NOTHING rule.
	 */
	public static CriterionInput met(boolean met) {
		return new CriterionInput(null, met, null, null, null);
	}

	/**
	 * An occurrence count for DEDUCTION_PER_OCCURRENCE or NO_VERIFIED_RECORDS rules.
	 */
	public static CriterionInput count(int count) {
		return new CriterionInput(null, null, count, null, null);
	}

	/**
	 * A numerator / denominator pair for RATIO_AT_MOST or COMPLETION_RATIO rules.
	 */
	public static CriterionInput ratio(BigDecimal numerator, BigDecimal denominator) {
		return new CriterionInput(null, null, null, numerator, denominator);
	}

	/**
	 * A numerator / denominator pair of whole numbers.
	 */
	public static CriterionInput ratio(long numerator, long denominator) {
		return ratio(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
	}

}
