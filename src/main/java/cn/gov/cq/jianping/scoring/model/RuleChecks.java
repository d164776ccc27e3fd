package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.List;

import cn.gov.cq.jianping.rubric.ItemDefinition;

/**
 * Checks one criterion rule of a rule set: its points and the parameters its
 * {@link RuleType} needs.
 */
final class RuleChecks {

	private RuleChecks() {
	}

	static void check(ItemDefinition item, CriterionRule rule, List<RuleSetProblem> problems) {
		// Messages are built only when a problem is found: this check runs on every
		// scoring call.
		BigDecimal points = rule.points();
		boolean pointsValid = false;
		if (points == null) {
			problems.add(problem(item, rule, prefix(rule) + "须填写分值"));
		}
		else if (points.signum() < 0) {
			problems.add(problem(item, rule, prefix(rule) + "分值不能为负数（" + Numbers.plain(points) + " 分）"));
		}
		else if (points.signum() == 0) {
			problems.add(problem(item, rule, prefix(rule) + "分值须大于 0"));
		}
		else if (!Numbers.hasAtMostTwoDecimals(points)) {
			problems.add(problem(item, rule, prefix(rule) + "分值最多保留 2 位小数（" + points.toPlainString() + "）"));
		}
		else {
			pointsValid = true;
		}
		if (rule.type() == null) {
			problems.add(problem(item, rule, prefix(rule) + "须选择评分方式"));
			return;
		}
		RuleParameters parameters = rule.parameters();
		switch (rule.type()) {
			case SCALE -> {
				BigDecimal step = parameters.effectiveStep();
				if (!RuleParameters.isAllowedStep(step)) {
					problems.add(problem(item, rule,
							prefix(rule) + "按档评分的评分档只能是 1、0.5、0.25、0.1 或 0.01 分（当前为 " + Numbers.plain(step) + "）"));
				}
				else if (pointsValid && !Numbers.isMultipleOf(points, step)) {
					problems.add(problem(item, rule, prefix(rule) + "分值 " + Numbers.plain(points) + " 分不是评分档 "
							+ Numbers.plain(step) + " 分的整数倍，无法评得满分"));
				}
			}
			case DEDUCTION_PER_OCCURRENCE -> {
				BigDecimal deduction = parameters.deduction();
				if (deduction == null || deduction.signum() <= 0) {
					problems.add(problem(item, rule, prefix(rule) + "按次扣分须填写每次扣分值（大于 0）"));
				}
				else if (!Numbers.hasAtMostTwoDecimals(deduction)) {
					problems.add(problem(item, rule, prefix(rule) + "每次扣分值最多保留 2 位小数"));
				}
			}
			case RATIO_AT_MOST -> {
				BigDecimal threshold = parameters.threshold();
				if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
					problems.add(problem(item, rule, prefix(rule) + "比例不超过阈值须填写阈值（0 至 1 之间，如 0.10 表示 10%）"));
				}
			}
			case ALL_OR_NOTHING, COMPLETION_RATIO, NO_VERIFIED_RECORDS -> {
				// These types take no parameters; stale values left over from another
				// type are harmless.
			}
		}
	}

	private static String prefix(CriterionRule rule) {
		return "细则 " + rule.criterionCode() + "：";
	}

	private static RuleSetProblem problem(ItemDefinition item, CriterionRule rule, String message) {
		return new RuleSetProblem(item.code(), rule.criterionCode(), message);
	}

}
