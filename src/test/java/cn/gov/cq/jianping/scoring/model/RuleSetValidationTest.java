package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.rubric.RubricDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RuleSetValidationTest {

	private final RubricDefinition appraisal = RubricFixture.appraisal();

	private final RuleSet defaults = RuleSet.defaultFor(this.appraisal);

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	private RuleSet with(CriterionRule rule) {
		return this.defaults.withRule(rule);
	}

	@Test
	void criteriaThatDoNotAddUpToTheItemAreReportedByItemCode() {
		RuleSet rules = with(CriterionRule.scale("A-01-2", bd("0.5"), null));
		assertThat(rules.validate())
			.containsExactly(new RuleSetProblem("A-01", null, "项目 A-01 岗位设置：细则分值合计 1.5 分，应为 2 分"));
	}

	@Test
	void criteriaExceedingTheItemAreReportedToo() {
		RuleSet rules = with(CriterionRule.scale("A-09-1", bd("5.5"), null));
		assertThat(rules.validate()).extracting(RuleSetProblem::message)
			.containsExactly("项目 A-09 工作人员配备：细则分值合计 5.5 分，应为 5 分");
	}

	@Test
	void missingRuleIsReported() {
		List<CriterionRule> rules = new ArrayList<>(this.defaults.rules());
		rules.removeIf((rule) -> rule.criterionCode().equals("A-02-3"));
		assertThat(new RuleSet(this.appraisal, "缺项", rules).validate())
			.containsExactly(new RuleSetProblem("A-02", "A-02-3", "细则 A-02-3 缺少评分规则"));
	}

	@Test
	void unknownAndDuplicateCriterionCodesAreReported() {
		List<CriterionRule> rules = new ArrayList<>(this.defaults.rules());
		rules.add(CriterionRule.scale("A-99-1", bd("1"), null));
		rules.add(CriterionRule.scale("A-01-1", bd("1"), null));
		assertThat(new RuleSet(this.appraisal, "多余", rules).validate()).containsExactlyInAnyOrder(
				new RuleSetProblem(null, "A-99-1", "细则代码 A-99-1 不属于评分标准《重庆市职业技能考核鉴定机构评估评分标准》"),
				new RuleSetProblem("A-01", "A-01-1", "细则 A-01-1 重复设置了评分规则"));
	}

	@Test
	void rulesInAnyOrderAreAccepted() {
		List<CriterionRule> rules = new ArrayList<>(this.defaults.rules());
		Collections.reverse(rules);
		RuleSet reversed = new RuleSet(this.appraisal, "倒序", rules);
		assertThat(reversed.validate()).isEmpty();
		Sheet sheet = RubricFixture.fullMarks(this.defaults);
		assertThat(new ScoringEngine().score(reversed, sheet, List.of()).total()).isEqualByComparingTo("100");
	}

	@Test
	void negativeZeroAndOverPreciseCriterionPointsAreReported() {
		assertThat(with(CriterionRule.scale("A-09-1", bd("-5"), null)).validate()).extracting(RuleSetProblem::message)
			.contains("细则 A-09-1：分值不能为负数（-5 分）");
		assertThat(with(CriterionRule.scale("A-09-1", BigDecimal.ZERO, null)).validate())
			.extracting(RuleSetProblem::message)
			.contains("细则 A-09-1：分值须大于 0");
		RuleSet overPrecise = this.defaults.withRule(CriterionRule.scale("A-01-1", bd("1.005"), bd("0.01")))
			.withRule(CriterionRule.scale("A-01-2", bd("0.995"), bd("0.01")));
		assertThat(overPrecise.validate()).extracting(RuleSetProblem::message)
			.containsExactly("细则 A-01-1：分值最多保留 2 位小数（1.005）", "细则 A-01-2：分值最多保留 2 位小数（0.995）");
	}

	@Test
	void missingPointsAndTypeAreReportedWithoutThrowing() {
		assertThat(with(new CriterionRule("A-09-1", null, null, null)).validate()).extracting(RuleSetProblem::message)
			.containsExactly("细则 A-09-1：须填写分值", "细则 A-09-1：须选择评分方式");
	}

	@Test
	void deductionRuleWithoutPositiveDeductionIsReported() {
		for (BigDecimal deduction : new BigDecimal[] { null, BigDecimal.ZERO, bd("-1") }) {
			RuleSet rules = with(new CriterionRule("A-09-1", bd("5"), RuleType.DEDUCTION_PER_OCCURRENCE,
					RuleParameters.deduction(deduction)));
			assertThat(rules.validate()).extracting(RuleSetProblem::message)
				.containsExactly("细则 A-09-1：按次扣分须填写每次扣分值（大于 0）");
		}
	}

	@Test
	void ratioRuleWithoutThresholdInUnitIntervalIsReported() {
		for (BigDecimal threshold : new BigDecimal[] { null, bd("-0.1"), bd("1.01") }) {
			RuleSet rules = with(
					new CriterionRule("A-09-1", bd("5"), RuleType.RATIO_AT_MOST, RuleParameters.threshold(threshold)));
			assertThat(rules.validate()).singleElement().extracting(RuleSetProblem::message).asString().contains("阈值");
		}
		assertThat(with(
				new CriterionRule("A-09-1", bd("5"), RuleType.RATIO_AT_MOST, RuleParameters.threshold(BigDecimal.ONE)))
			.validate()).isEmpty();
	}

	@Test
	void scaleRuleWithDisallowedStepOrUnreachablePointsIsReported() {
		assertThat(with(CriterionRule.scale("A-09-1", bd("5"), bd("0.3"))).validate())
			.extracting(RuleSetProblem::message)
			.containsExactly("细则 A-09-1：按档评分的评分档只能是 1、0.5、0.25、0.1 或 0.01 分（当前为 0.3）");
		RuleSet unreachable = this.defaults.withRule(CriterionRule.scale("A-01-1", bd("1.25"), null))
			.withRule(CriterionRule.scale("A-01-2", bd("0.75"), bd("0.25")));
		assertThat(unreachable.validate()).extracting(RuleSetProblem::message)
			.containsExactly("细则 A-01-1：分值 1.25 分不是评分档 0.5 分的整数倍，无法评得满分");
	}

	@Test
	void engineRefusesRuleSetWithProblems() {
		RuleSet rules = with(CriterionRule.scale("A-01-2", bd("0.5"), null));
		assertThatExceptionOfType(InvalidRuleSetException.class)
			.isThrownBy(() -> new ScoringEngine().score(rules, Sheet.empty(), List.of()))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(1))
			.withMessageContaining("项目 A-01 岗位设置");
	}

	@Test
	void convertingRuleTypesWithSamePointsKeepsTheSetValid() {
		RuleSet rules = this.defaults
			.withRule(this.defaults.rule("A-06-1")
				.withType(RuleType.DEDUCTION_PER_OCCURRENCE, RuleParameters.deduction(bd("0.5"))))
			.withRule(
					this.defaults.rule("A-06-2").withType(RuleType.RATIO_AT_MOST, RuleParameters.threshold(bd("0.1"))))
			.withRule(this.defaults.rule("A-06-3").withType(RuleType.COMPLETION_RATIO, null))
			.withRule(this.defaults.rule("A-06-4").withType(RuleType.NO_VERIFIED_RECORDS, null));
		assertThat(rules.validate()).isEmpty();
		assertThat(rules.rule("A-06-3").parameters()).isEqualTo(RuleParameters.NONE);
	}

}
