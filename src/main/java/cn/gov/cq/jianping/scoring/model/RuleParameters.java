package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The tunable parameters of a rule; which ones are required depends on the
 * {@link RuleType}.
 *
 * <p>
 * Fields are nullable and deliberately not validated here: {@link RuleSet#validate()}
 * reports problems in Chinese so that a rule-set editor can show them instead of failing.
 *
 * @param step grid of {@link RuleType#SCALE} ({@code null} means {@link #DEFAULT_STEP})
 * @param deduction points deducted per occurrence for
 * {@link RuleType#DEDUCTION_PER_OCCURRENCE}
 * @param threshold highest passing ratio in [0, 1] for {@link RuleType#RATIO_AT_MOST}
 */
public record RuleParameters(BigDecimal step, BigDecimal deduction, BigDecimal threshold) {

	/** The step used when a SCALE rule names none. */
	public static final BigDecimal DEFAULT_STEP = new BigDecimal("0.5");

	/** The steps a SCALE rule may use, coarsest first. */
	public static final List<BigDecimal> ALLOWED_STEPS = List.of(BigDecimal.ONE, new BigDecimal("0.5"),
			new BigDecimal("0.25"), new BigDecimal("0.1"), new BigDecimal("0.01"));

	/** No parameters. */
	public static final RuleParameters NONE = new RuleParameters(null, null, null);

	/**
	 * Parameters of a SCALE rule with the given step.
	 */
	public static RuleParameters step(BigDecimal step) {
		return new RuleParameters(step, null, null);
	}

	/**
	 * Parameters of a DEDUCTION_PER_OCCURRENCE rule.
	 */
	public static RuleParameters deduction(BigDecimal deduction) {
		return new RuleParameters(null, deduction, null);
	}

	/**
	 * Parameters of a RATIO_AT_MOST rule.
	 */
	public static RuleParameters threshold(BigDecimal threshold) {
		return new RuleParameters(null, null, threshold);
	}

	/**
	 * Returns the SCALE step, falling back to {@link #DEFAULT_STEP}.
	 */
	public BigDecimal effectiveStep() {
		return (this.step != null) ? this.step : DEFAULT_STEP;
	}

	/**
	 * Tells whether the step is one of {@link #ALLOWED_STEPS} (numerically, so 0.50
	 * counts as 0.5).
	 */
	static boolean isAllowedStep(BigDecimal step) {
		for (BigDecimal allowed : ALLOWED_STEPS) {
			if (allowed.compareTo(step) == 0) {
				return true;
			}
		}
		return false;
	}

}
