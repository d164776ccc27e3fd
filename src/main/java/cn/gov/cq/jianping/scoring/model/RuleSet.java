package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.cq.jianping.rubric.CategoryDefinition;
import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricDefinition;

/**
 * How each criterion of a rubric is scored: exactly one {@link CriterionRule} per
 * criterion.
 *
 * <p>
 * The constructor only rejects programming errors (nulls); everything an editor could get
 * wrong is reported by {@link #validate()}, and the engine refuses to score with a rule
 * set that has problems.
 *
 * @param rubric the rubric the rules belong to
 * @param name a display name, e.g. 默认评分规则
 * @param rules the rules, ideally in document order
 */
public record RuleSet(RubricDefinition rubric, String name, List<CriterionRule> rules) {

	private static final BigDecimal HALF = new BigDecimal("0.5");

	public RuleSet {
		Objects.requireNonNull(rubric, "rubric must not be null");
		Objects.requireNonNull(name, "rule set name must not be null");
		rules = List.copyOf(Objects.requireNonNull(rules, "rules must not be null"));
	}

	/**
	 * The default rule set: each item's points split evenly across its criteria, every
	 * rule SCALE.
	 *
	 * <p>
	 * Points are split in 0.5 steps where every criterion gets at least 0.5 (7 points
	 * over 4 criteria → 2 + 2 + 1.5 + 1.5, larger shares first); otherwise in 0.01 steps
	 * (2 points over 5 criteria → 0.4 each). The step of each SCALE rule is 0.5 when the
	 * criterion's points are a multiple of 0.5, else the coarsest allowed step dividing
	 * them, so full points stay reachable.
	 */
	public static RuleSet defaultFor(RubricDefinition rubric) {
		Objects.requireNonNull(rubric, "rubric must not be null");
		List<CriterionRule> rules = new ArrayList<>(rubric.criterionCount());
		for (CategoryDefinition category : rubric.categories()) {
			for (ItemDefinition item : category.items()) {
				List<BigDecimal> shares = split(item.points(), item.criteria().size());
				for (int i = 0; i < shares.size(); i++) {
					BigDecimal share = shares.get(i);
					rules.add(CriterionRule.scale(item.criteria().get(i).code(), share, coarsestStepDividing(share)));
				}
			}
		}
		return new RuleSet(rubric, "默认评分规则（各细则均分，按档评分）", rules);
	}

	/**
	 * Splits points into {@code parts} shares that add up exactly, larger shares first.
	 */
	static List<BigDecimal> split(BigDecimal points, int parts) {
		BigDecimal unit = HALF;
		BigDecimal units = points.divide(unit);
		if (units.stripTrailingZeros().scale() > 0 || units.intValueExact() < parts) {
			unit = Numbers.HUNDREDTH;
			units = points.divide(unit);
			if (units.stripTrailingZeros().scale() > 0 || units.intValueExact() < parts) {
				throw new IllegalArgumentException(
						"cannot split " + points.toPlainString() + " points over " + parts + " criteria in 0.01 steps");
			}
		}
		int whole = units.intValueExact();
		int base = whole / parts;
		int remainder = whole % parts;
		List<BigDecimal> shares = new ArrayList<>(parts);
		for (int i = 0; i < parts; i++) {
			int share = (i < remainder) ? base + 1 : base;
			shares.add(unit.multiply(BigDecimal.valueOf(share)).stripTrailingZeros());
		}
		return shares;
	}

	private static BigDecimal coarsestStepDividing(BigDecimal points) {
		if (Numbers.isMultipleOf(points, RuleParameters.DEFAULT_STEP)) {
			return RuleParameters.DEFAULT_STEP;
		}
		for (BigDecimal step : RuleParameters.ALLOWED_STEPS) {
			if (Numbers.isMultipleOf(points, step)) {
				return step;
			}
		}
		return Numbers.HUNDREDTH;
	}

	/**
	 * Returns every user-fixable problem, in document order; an empty list means the set
	 * can score.
	 */
	public List<RuleSetProblem> validate() {
		List<RuleSetProblem> problems = new ArrayList<>(0);
		check(problems);
		return List.copyOf(problems);
	}

	/**
	 * Returns the rules aligned with {@link RubricDefinition#criteria()}, or throws when
	 * the set has problems.
	 */
	CriterionRule[] checkedRules() {
		List<RuleSetProblem> problems = new ArrayList<>(0);
		CriterionRule[] aligned = check(problems);
		if (!problems.isEmpty()) {
			throw new InvalidRuleSetException(this.name, problems);
		}
		return aligned;
	}

	private CriterionRule[] check(List<RuleSetProblem> problems) {
		CriterionRule[] aligned = align(problems);
		int index = 0;
		for (CategoryDefinition category : this.rubric.categories()) {
			for (ItemDefinition item : category.items()) {
				BigDecimal sum = BigDecimal.ZERO;
				boolean summable = true;
				for (CriterionDefinition criterion : item.criteria()) {
					CriterionRule rule = aligned[index++];
					if (rule == null) {
						problems.add(new RuleSetProblem(item.code(), criterion.code(),
								"细则 " + criterion.code() + " 缺少评分规则"));
						summable = false;
						continue;
					}
					RuleChecks.check(item, rule, problems);
					if (rule.points() == null) {
						summable = false;
					}
					else {
						sum = sum.add(rule.points());
					}
				}
				if (summable && sum.compareTo(item.points()) != 0) {
					problems.add(new RuleSetProblem(item.code(), null, "项目 " + item.code() + " " + item.name()
							+ "：细则分值合计 " + Numbers.plain(sum) + " 分，应为 " + Numbers.plain(item.points()) + " 分"));
				}
			}
		}
		return aligned;
	}

	/**
	 * Places each rule at its criterion's document position; the common in-order case
	 * needs no map.
	 */
	private CriterionRule[] align(List<RuleSetProblem> problems) {
		int count = this.rubric.criterionCount();
		CriterionRule[] aligned = new CriterionRule[count];
		if (this.rules.size() == count) {
			int index = 0;
			boolean inOrder = true;
			outer: for (CategoryDefinition category : this.rubric.categories()) {
				for (ItemDefinition item : category.items()) {
					for (CriterionDefinition criterion : item.criteria()) {
						CriterionRule rule = this.rules.get(index);
						if (!rule.criterionCode().equals(criterion.code())) {
							inOrder = false;
							break outer;
						}
						aligned[index++] = rule;
					}
				}
			}
			if (inOrder) {
				return aligned;
			}
			Arrays.fill(aligned, null);
		}
		Map<String, Integer> positions = new HashMap<>(count * 2);
		Map<String, String> itemOf = new HashMap<>(count * 2);
		int index = 0;
		for (CategoryDefinition category : this.rubric.categories()) {
			for (ItemDefinition item : category.items()) {
				for (CriterionDefinition criterion : item.criteria()) {
					positions.put(criterion.code(), index++);
					itemOf.put(criterion.code(), item.code());
				}
			}
		}
		for (CriterionRule rule : this.rules) {
			Integer position = positions.get(rule.criterionCode());
			if (position == null) {
				problems.add(new RuleSetProblem(null, rule.criterionCode(),
						"细则代码 " + rule.criterionCode() + " 不属于评分标准《" + this.rubric.name() + "》"));
			}
			else if (aligned[position] != null) {
				problems.add(new RuleSetProblem(itemOf.get(rule.criterionCode()), rule.criterionCode(),
						"细则 " + rule.criterionCode() + " 重复设置了评分规则"));
			}
			else {
				aligned[position] = rule;
			}
		}
		return aligned;
	}

	/**
	 * Returns the rule for a criterion code, or {@code null}.
	 */
	public CriterionRule rule(String criterionCode) {
		for (CriterionRule rule : this.rules) {
			if (rule.criterionCode().equals(criterionCode)) {
				return rule;
			}
		}
		return null;
	}

	/**
	 * A copy of this rule set with one criterion's rule replaced (or added when absent).
	 */
	public RuleSet withRule(CriterionRule replacement) {
		List<CriterionRule> copy = new ArrayList<>(this.rules.size() + 1);
		boolean replaced = false;
		for (CriterionRule rule : this.rules) {
			if (!replaced && rule.criterionCode().equals(replacement.criterionCode())) {
				copy.add(replacement);
				replaced = true;
			}
			else {
				copy.add(rule);
			}
		}
		if (!replaced) {
			copy.add(replacement);
		}
		return new RuleSet(this.rubric, this.name, copy);
	}

	/**
	 * A copy of this rule set under another name.
	 */
	public RuleSet withName(String newName) {
		return new RuleSet(this.rubric, newName, this.rules);
	}

}
