package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points a rule set gives one criterion and how they are awarded.
 *
 * <p>
 * Only the criterion code is required here; points, type and parameters are checked by
 * {@link RuleSet#validate()} so an editor can hold half-finished rules.
 *
 * @param criterionCode the rubric criterion this rule scores, e.g. {@code A-01-1}
 * @param points the criterion's maximum points within its item
 * @param type how the points are awarded
 * @param parameters the type's parameters ({@code null} becomes
 * {@link RuleParameters#NONE})
 */
public record CriterionRule(String criterionCode, BigDecimal points, RuleType type, RuleParameters parameters) {

	public CriterionRule {
		Objects.requireNonNull(criterionCode, "criterion code must not be null");
		if (criterionCode.isBlank()) {
			throw new IllegalArgumentException("criterion code must not be blank");
		}
		if (parameters == null) {
			parameters = RuleParameters.NONE;
		}
	}

	/**
	 * A SCALE rule with the given step.
	 */
	public static CriterionRule scale(String criterionCode, BigDecimal points, BigDecimal step) {
		return new CriterionRule(criterionCode, points, RuleType.SCALE, RuleParameters.step(step));
	}

	/**
	 * A rule of a type that takes no parameters.
	 */
	public static CriterionRule of(String criterionCode, BigDecimal points, RuleType type) {
		return new CriterionRule(criterionCode, points, type, RuleParameters.NONE);
	}

	/**
	 * A copy of this rule with another type and parameters but the same points.
	 */
	public CriterionRule withType(RuleType newType, RuleParameters newParameters) {
		return new CriterionRule(this.criterionCode, this.points, newType, newParameters);
	}

}
