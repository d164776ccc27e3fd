package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RuleTypeTest {

	private static final ScoringEngine ENGINE = new ScoringEngine();

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	private static BigDecimal score(CriterionRule rule, CriterionInput input) {
		return ENGINE.scoreCriterion(rule, input);
	}

	private static InvalidInputException error(CriterionRule rule, CriterionInput input) {
		try {
			score(rule, input);
		}
		catch (InvalidInputException ex) {
			return ex;
		}
		throw new AssertionError("expected InvalidInputException");
	}

	@ParameterizedTest
	@EnumSource(RuleType.class)
	void everyRuleTypeHasChineseLabelAndInputDescription(RuleType type) {
		assertThat(type.label()).isNotBlank();
		assertThat(type.inputDescription()).isNotBlank();
	}

	@Nested
	class AllOrNothing {

		private final CriterionRule rule = CriterionRule.of("A-01-1", bd("2"), RuleType.ALL_OR_NOTHING);

		@Test
		void metEarnsFullPointsAndUnmetEarnsNothing() {
			assertThat(score(this.rule, CriterionInput.met(true))).isEqualByComparingTo("2");
			assertThat(score(this.rule, CriterionInput.met(false))).isEqualByComparingTo("0");
		}

		@Test
		void valueInsteadOfMetIsRejected() {
			assertThat(error(this.rule, CriterionInput.value(bd("2"))).errors())
				.containsExactly(new InputError("A-01-1", "细则 A-01-1 的评分方式为“全有或全无”，须且只须填写是否达标（met）"));
		}

	}

	@Nested
	class Scale {

		private final CriterionRule halfSteps = CriterionRule.scale("A-02-1", bd("2"), null);

		@ParameterizedTest
		@CsvSource({ "0", "0.5", "1.5", "2", "2.00" })
		void valuesOnTheGridAreAwardedAsIs(BigDecimal value) {
			assertThat(score(this.halfSteps, CriterionInput.value(value))).isEqualByComparingTo(value);
		}

		@Test
		void valueOffTheDefaultHalfPointGridIsRejected() {
			assertThat(error(this.halfSteps, CriterionInput.value(bd("1.3"))).errors())
				.containsExactly(new InputError("A-02-1", "细则 A-02-1 得分 1.3 不是评分档 0.5 分的整数倍"));
		}

		@Test
		void valueAbovePointsIsRejected() {
			assertThat(error(this.halfSteps, CriterionInput.value(bd("2.5"))).errors())
				.containsExactly(new InputError("A-02-1", "细则 A-02-1 得分 2.5 超过本细则满分 2 分"));
		}

		@Test
		void negativeValueIsRejected() {
			assertThat(error(this.halfSteps, CriterionInput.value(bd("-0.5"))).getMessage()).contains("不能为负数");
		}

		@Test
		void finerStepAllowsFinerValues() {
			CriterionRule hundredths = CriterionRule.scale("A-02-1", bd("0.4"), bd("0.01"));
			assertThat(score(hundredths, CriterionInput.value(bd("0.37")))).isEqualByComparingTo("0.37");
			CriterionRule quarters = CriterionRule.scale("A-02-1", bd("3"), bd("0.25"));
			assertThat(score(quarters, CriterionInput.value(bd("2.75")))).isEqualByComparingTo("2.75");
			assertThat(error(quarters, CriterionInput.value(bd("2.7"))).errors()).hasSize(1);
			CriterionRule whole = CriterionRule.scale("A-02-1", bd("3"), BigDecimal.ONE);
			assertThat(error(whole, CriterionInput.value(bd("2.5"))).errors()).hasSize(1);
		}

	}

	@Nested
	class DeductionPerOccurrence {

		private final CriterionRule rule = new CriterionRule("A-06-1", bd("2"), RuleType.DEDUCTION_PER_OCCURRENCE,
				RuleParameters.deduction(bd("0.5")));

		@ParameterizedTest
		@CsvSource({ "0, 2", "1, 1.5", "3, 0.5", "4, 0", "5, 0", "1000000, 0" })
		void eachOccurrenceDeductsDownToZero(int count, BigDecimal expected) {
			assertThat(score(this.rule, CriterionInput.count(count))).isEqualByComparingTo(expected);
		}

		@Test
		void negativeCountIsRejected() {
			assertThat(error(this.rule, CriterionInput.count(-1)).errors())
				.containsExactly(new InputError("A-06-1", "细则 A-06-1 次数不能为负数（-1）"));
		}

	}

	@Nested
	class RatioAtMost {

		private final CriterionRule rule = new CriterionRule("A-06-2", bd("2"), RuleType.RATIO_AT_MOST,
				RuleParameters.threshold(bd("0.10")));

		@ParameterizedTest(name = "{0}/{1} → {2}")
		@CsvSource({ "0, 0, 2", "0, 10, 2", "1, 10, 2", "2, 20, 2", "1, 9, 0", "11, 100, 0", "10, 10, 0", "0.5, 5, 2" })
		void fullPointsWhenRatioDoesNotExceedThresholdComparedExactly(BigDecimal numerator, BigDecimal denominator,
				BigDecimal expected) {
			assertThat(score(this.rule, CriterionInput.ratio(numerator, denominator))).isEqualByComparingTo(expected);
		}

		// Issue 10: 5 returned plans against 3 batches is the worst case and must be
		// scorable (0 points),
		// where it used to be refused as "分子 5 不能大于分母 3".
		@ParameterizedTest(name = "{0}/{1} → 0")
		@CsvSource({ "5, 3", "4, 3", "1, 0", "100, 1" })
		void numeratorAboveDenominatorScoresZero(long numerator, long denominator) {
			assertThat(score(this.rule, CriterionInput.ratio(numerator, denominator))).isEqualByComparingTo("0");
		}

		@Test
		void noBatchesAndNoReturnedPlansExceedsNoThreshold() {
			// 0/0 is defined as "not above the threshold": nothing was returned, so full
			// points.
			assertThat(score(this.rule, CriterionInput.ratio(0, 0))).isEqualByComparingTo("2");
		}

		@Test
		void negativeNumeratorAndDenominatorAreBothReported() {
			assertThat(error(this.rule, CriterionInput.ratio(-1, -2)).errors()).hasSize(2);
		}

		@Test
		void missingDenominatorIsWrongKindOfInput() {
			assertThat(error(this.rule, CriterionInput.ratio(bd("1"), null)).getMessage())
				.contains("须且只须填写分子（numerator）和分母（denominator）");
		}

	}

	@Nested
	class CompletionRatio {

		private final CriterionRule rule = CriterionRule.of("A-08-1", bd("4"), RuleType.COMPLETION_RATIO);

		@ParameterizedTest(name = "{0}/{1} → {2}")
		@CsvSource({ "10, 10, 4", "12, 10, 4", "5, 10, 2", "0, 10, 0", "1, 3, 1.33", "2, 3, 2.66", "7, 9, 3.11" })
		void proportionalPointsRoundedDown(BigDecimal actual, BigDecimal planned, BigDecimal expected) {
			BigDecimal score = score(this.rule, CriterionInput.ratio(actual, planned));
			assertThat(score).isEqualByComparingTo(expected);
			assertThat(score).isLessThanOrEqualTo(bd("4"));
		}

		@Test
		void zeroPlannedIsRejected() {
			assertThat(error(this.rule, CriterionInput.ratio(0, 0)).errors())
				.containsExactly(new InputError("A-08-1", "细则 A-08-1 计划数（分母）须大于 0"));
		}

		@Test
		void negativeActualIsRejected() {
			assertThat(error(this.rule, CriterionInput.ratio(-1, 5)).errors()).hasSize(1);
		}

	}

	@Nested
	class NoVerifiedRecords {

		private final CriterionRule rule = CriterionRule.of("A-17-1", bd("3"), RuleType.NO_VERIFIED_RECORDS);

		@Test
		void fullPointsOnlyWithoutVerifiedRecords() {
			assertThat(score(this.rule, CriterionInput.count(0))).isEqualByComparingTo("3");
			assertThat(score(this.rule, CriterionInput.count(1))).isEqualByComparingTo("0");
			assertThat(score(this.rule, CriterionInput.count(7))).isEqualByComparingTo("0");
		}

		@Test
		void negativeCountAndMetInputAreRejected() {
			assertThat(error(this.rule, CriterionInput.count(-2)).errors()).hasSize(1);
			assertThat(error(this.rule, CriterionInput.met(true)).getMessage()).contains("无核实记录得满分", "经核实的记录数（count）");
		}

	}

	@Test
	void inputWithEveryFieldSetIsWrongKindForEveryType() {
		CriterionInput everything = new CriterionInput(bd("1"), true, 0, bd("1"), bd("1"));
		for (RuleType type : RuleType.values()) {
			CriterionRule rule = new CriterionRule("A-01-1", bd("2"), type,
					new RuleParameters(null, bd("1"), bd("0.1")));
			assertThatExceptionOfType(InvalidInputException.class).as(type.name())
				.isThrownBy(() -> score(rule, everything));
		}
	}

}
