package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Applies one criterion rule to an assessor's input: the arithmetic of each
 * {@link RuleType}.
 */
final class RuleEvaluation {

	private static final int VALUE = 1;

	private static final int MET = 2;

	private static final int COUNT = 4;

	private static final int NUMERATOR = 8;

	private static final int DENOMINATOR = 16;

	private RuleEvaluation() {
	}

	/**
	 * Applies one rule; returns {@code null} (and records why) when the input does not
	 * fit the rule.
	 */
	static BigDecimal evaluate(CriterionRule rule, CriterionInput input, List<InputError> errors) {
		int present = presentFields(input);
		if (present == 0) {
			// An all-empty input is how forms send “not scored yet”; treat it like a
			// missing key.
			return null;
		}
		RuleType type = rule.type();
		int required = requiredFields(type);
		String code = rule.criterionCode();
		if (present != required) {
			errors.add(new InputError(code, "细则 " + code + " 的评分方式为“" + type.label() + "”，须且只须填写" + fieldNames(type)));
			return null;
		}
		BigDecimal points = rule.points();
		return switch (type) {
			case ALL_OR_NOTHING -> input.met() ? points : BigDecimal.ZERO;
			case SCALE -> scale(code, points, rule.parameters().effectiveStep(), input.value(), errors);
			case DEDUCTION_PER_OCCURRENCE ->
				deduction(code, points, rule.parameters().deduction(), input.count(), errors);
			case NO_VERIFIED_RECORDS -> noVerifiedRecords(code, points, input.count(), errors);
			case RATIO_AT_MOST -> ratioAtMost(code, points, rule.parameters().threshold(), input.numerator(),
					input.denominator(), errors);
			case COMPLETION_RATIO -> completionRatio(code, points, input.numerator(), input.denominator(), errors);
		};
	}

	private static BigDecimal scale(String code, BigDecimal points, BigDecimal step, BigDecimal value,
			List<InputError> errors) {
		if (value.signum() < 0) {
			errors.add(new InputError(code, "细则 " + code + " 得分不能为负数（" + Numbers.plain(value) + "）"));
			return null;
		}
		if (value.compareTo(points) > 0) {
			errors.add(new InputError(code,
					"细则 " + code + " 得分 " + Numbers.plain(value) + " 超过本细则满分 " + Numbers.plain(points) + " 分"));
			return null;
		}
		if (!Numbers.isMultipleOf(value, step)) {
			errors.add(new InputError(code,
					"细则 " + code + " 得分 " + Numbers.plain(value) + " 不是评分档 " + Numbers.plain(step) + " 分的整数倍"));
			return null;
		}
		return value;
	}

	private static BigDecimal deduction(String code, BigDecimal points, BigDecimal deduction, int count,
			List<InputError> errors) {
		if (count < 0) {
			errors.add(negativeCount(code, count));
			return null;
		}
		BigDecimal deducted = deduction.multiply(BigDecimal.valueOf(count));
		return (deducted.compareTo(points) >= 0) ? BigDecimal.ZERO : points.subtract(deducted);
	}

	private static BigDecimal noVerifiedRecords(String code, BigDecimal points, int count, List<InputError> errors) {
		if (count < 0) {
			errors.add(negativeCount(code, count));
			return null;
		}
		return (count == 0) ? points : BigDecimal.ZERO;
	}

	private static InputError negativeCount(String code, int count) {
		return new InputError(code, "细则 " + code + " 次数不能为负数（" + count + "）");
	}

	private static BigDecimal ratioAtMost(String code, BigDecimal points, BigDecimal threshold, BigDecimal numerator,
			BigDecimal denominator, List<InputError> errors) {
		if (!checkRatio(code, numerator, denominator, errors)) {
			return null;
		}
		// More returned plans than batches is the worst case, not an input error: it
		// scores 0 (so does 1/0).
		if (numerator.compareTo(denominator) > 0) {
			return BigDecimal.ZERO;
		}
		// 0/0 (no batches, hence no returned plans) exceeds no threshold: full points.
		// Compare numerator ≤ threshold × denominator so no division (and no rounding) is
		// involved.
		if (denominator.signum() == 0 || numerator.compareTo(threshold.multiply(denominator)) <= 0) {
			return points;
		}
		return BigDecimal.ZERO;
	}

	private static BigDecimal completionRatio(String code, BigDecimal points, BigDecimal numerator,
			BigDecimal denominator, List<InputError> errors) {
		if (!checkRatio(code, numerator, denominator, errors)) {
			return null;
		}
		if (denominator.signum() == 0) {
			errors.add(new InputError(code, "细则 " + code + " 计划数（分母）须大于 0"));
			return null;
		}
		if (numerator.compareTo(denominator) >= 0) {
			return points;
		}
		// Round down so that a partial completion never reaches a score it has not
		// earned.
		return points.multiply(numerator).divide(denominator, 2, RoundingMode.DOWN);
	}

	private static boolean checkRatio(String code, BigDecimal numerator, BigDecimal denominator,
			List<InputError> errors) {
		boolean valid = true;
		if (numerator.signum() < 0) {
			errors.add(new InputError(code, "细则 " + code + " 分子不能为负数（" + Numbers.plain(numerator) + "）"));
			valid = false;
		}
		if (denominator.signum() < 0) {
			errors.add(new InputError(code, "细则 " + code + " 分母不能为负数（" + Numbers.plain(denominator) + "）"));
			valid = false;
		}
		return valid;
	}

	private static int presentFields(CriterionInput input) {
		int present = 0;
		if (input.value() != null) {
			present |= VALUE;
		}
		if (input.met() != null) {
			present |= MET;
		}
		if (input.count() != null) {
			present |= COUNT;
		}
		if (input.numerator() != null) {
			present |= NUMERATOR;
		}
		if (input.denominator() != null) {
			present |= DENOMINATOR;
		}
		return present;
	}

	private static int requiredFields(RuleType type) {
		return switch (type) {
			case ALL_OR_NOTHING -> MET;
			case SCALE -> VALUE;
			case DEDUCTION_PER_OCCURRENCE, NO_VERIFIED_RECORDS -> COUNT;
			case RATIO_AT_MOST, COMPLETION_RATIO -> NUMERATOR | DENOMINATOR;
		};
	}

	private static String fieldNames(RuleType type) {
		return switch (type) {
			case ALL_OR_NOTHING -> "是否达标（met）";
			case SCALE -> "得分（value）";
			case DEDUCTION_PER_OCCURRENCE -> "发生次数（count）";
			case NO_VERIFIED_RECORDS -> "经核实的记录数（count）";
			case RATIO_AT_MOST -> "分子（numerator）和分母（denominator）";
			case COMPLETION_RATIO -> "实际完成数（numerator）和计划数（denominator）";
		};
	}

}
