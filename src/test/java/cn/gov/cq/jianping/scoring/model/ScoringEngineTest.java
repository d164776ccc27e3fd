package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ScoringEngineTest {

	private final ScoringEngine engine = new ScoringEngine();

	private final RubricDefinition appraisal = RubricFixture.appraisal();

	private final RuleSet defaults = RuleSet.defaultFor(this.appraisal);

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	@Test
	void fullMarksScoreOneHundredAndExcellent() {
		ScoreResult result = this.engine.score(this.defaults, RubricFixture.fullMarks(this.defaults), List.of());
		assertThat(result.rubricCode()).isEqualTo(RubricCode.APPRAISAL);
		assertThat(result.rubricVersion()).isEqualTo(1);
		assertThat(result.total()).isEqualByComparingTo("100");
		assertThat(result.grade()).isEqualTo(Grade.EXCELLENT);
		assertThat(result.complete()).isTrue();
		assertThat(result.missingItems()).isEmpty();
		assertThat(result.criteria()).hasSize(62);
		assertThat(result.items()).hasSize(22).allMatch(ItemScore::complete);
		assertThat(result.categories()).extracting(CategoryScore::code).containsExactly("C1", "C2", "C3", "C4");
		assertThat(result.explanation()).containsExactly("总分 100 分，按第七条评定为“优秀”。");
	}

	@Test
	void emptySheetScoresZeroAndListsEveryItemAsMissing() {
		ScoreResult result = this.engine.score(this.defaults, Sheet.empty(), List.of());
		assertThat(result.total()).isEqualByComparingTo("0");
		assertThat(result.complete()).isFalse();
		assertThat(result.missingItems()).hasSize(22).startsWith("A-01", "A-02");
		assertThat(result.criteria()).allMatch((criterion) -> criterion.score() == null);
		assertThat(result.bandGrade()).isEqualTo(Grade.UNQUALIFIED);
	}

	@Test
	void partlyScoredItemIsIncompleteAndCountsOnlyScoredCriteria() {
		Sheet sheet = RubricFixture.fullMarks(this.defaults)
			.without("A-06-2")
			.without("A-07-1")
			.without("A-07-2")
			.without("A-07-3")
			.without("A-07-4")
			.without("A-07-5")
			.without("A-05-1")
			.without("A-05-2");
		ScoreResult result = this.engine.score(this.defaults, sheet, List.of());
		assertThat(result.missingItems()).containsExactly("A-05", "A-06", "A-07");
		ItemScore a06 = result.items().get(5);
		assertThat(a06.code()).isEqualTo("A-06");
		assertThat(a06.score()).isEqualByComparingTo("6");
		assertThat(a06.max()).isEqualByComparingTo("8");
		assertThat(a06.complete()).isFalse();
		assertThat(result.total()).isEqualByComparingTo("90");
		assertThat(result.explanation()).containsExactly("已评分部分合计 90 分，按第七条暂评为“优秀”（评分尚未完成）。",
				"尚有 3 个项目未评分：A-05、A-06、A-07。");
	}

	@Test
	void scoresRollUpFromCriteriaToItemsCategoriesAndTotal() {
		Sheet sheet = RubricFixture.fullMarks(this.defaults)
			.with("A-01-1", CriterionInput.value(bd("0.5")))
			.with("A-22-1", CriterionInput.value(bd("1.5")));
		ScoreResult result = this.engine.score(this.defaults, sheet, List.of());
		assertThat(result.items().get(0).score()).isEqualByComparingTo("1.5");
		assertThat(result.categories().get(0).score()).isEqualByComparingTo("9.5");
		assertThat(result.categories().get(3).score()).isEqualByComparingTo("3.5");
		assertThat(result.total()).isEqualByComparingTo("98");
	}

	@Test
	void allInvalidInputsAreReportedTogether() {
		Map<String, CriterionInput> inputs = new HashMap<>(RubricFixture.fullMarks(this.defaults).inputs());
		inputs.put("A-01-1", CriterionInput.value(bd("1.3")));
		inputs.put("A-02-1", CriterionInput.value(bd("9")));
		inputs.put("A-03-1", CriterionInput.met(true));
		inputs.put("X-01-1", CriterionInput.value(bd("1")));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.engine.score(this.defaults, new Sheet(inputs),
					List.of(VetoFinding.of("A-V99", VetoSeverity.BASIC))))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InputError::field)
				.containsExactly("A-01-1", "A-02-1", "A-03-1", "X-01-1", "vetoes[0].code"));
	}

	@Test
	void allEmptyInputMeansNotYetScored() {
		Sheet sheet = RubricFixture.fullMarks(this.defaults)
			.with("A-01-1", new CriterionInput(null, null, null, null, null));
		ScoreResult result = this.engine.score(this.defaults, sheet, List.of());
		assertThat(result.criteria().get(0).score()).isNull();
		assertThat(result.missingItems()).containsExactly("A-01");
	}

	@Test
	void detailedRuleSetScoresEveryRuleType() {
		RuleSet detailed = RubricFixture.detailedLevelRuleSet();
		ScoreResult result = this.engine.score(detailed, RubricFixture.detailedLevelSheet(detailed), List.of());
		assertThat(result.complete()).isTrue();
		assertThat(result.criteria()).hasSize(72);
		assertThat(result.total()).isBetween(BigDecimal.ZERO, bd("100"));
		BigDecimal sum = result.criteria().stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(result.total()).isEqualByComparingTo(sum);
	}

	@Test
	void scoreItemsAcceptsItemPointsAndReportsMissingItems() {
		Map<String, BigDecimal> points = new LinkedHashMap<>(Totals.itemPointsFor(this.appraisal, bd("100")));
		points.remove("A-21");
		points.put("A-01", bd("1.25"));
		ScoreResult result = this.engine.scoreItems(this.appraisal, points, List.of());
		assertThat(result.criteria()).isEmpty();
		assertThat(result.total()).isEqualByComparingTo("97.25");
		assertThat(result.missingItems()).containsExactly("A-21");
		assertThat(result.bandGrade()).isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void scoreItemsCollectsAllItemErrors() {
		Map<String, BigDecimal> points = new HashMap<>();
		points.put("A-01", bd("2.5"));
		points.put("A-02", bd("-1"));
		points.put("A-03", bd("1.005"));
		points.put("A-04", null);
		points.put("L-01", bd("1"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.engine.scoreItems(this.appraisal, points, List.of()))
			.satisfies((ex) -> assertThat(ex.errors()).containsExactly(
					new InputError("items.A-01", "项目 A-01 岗位设置：得分 2.5 超过满分 2 分"),
					new InputError("items.A-02", "项目 A-02 安全管理：得分不能为负数（-1）"),
					new InputError("items.A-03", "项目 A-03 财务管理：得分最多保留 2 位小数（1.005）"),
					new InputError("items.A-04", "项目 A-04 人员管理：须填写得分"),
					new InputError("items.L-01", "项目代码 L-01 不属于评分标准《重庆市职业技能考核鉴定机构评估评分标准》")));
	}

	@Test
	void scoreCriterionScoresValidatesRangeAndPrecision() {
		Map<String, BigDecimal> scores = new HashMap<>();
		scores.put("A-01-1", bd("1"));
		scores.put("A-01-2", bd("1.01"));
		scores.put("A-02-1", bd("0.333"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.engine.scoreCriterionScores(this.defaults, scores, List.of()))
			.satisfies(
					(ex) -> assertThat(ex.errors()).extracting(InputError::field).containsExactly("A-01-2", "A-02-1"));
		scores.put("A-01-2", bd("0.75"));
		scores.put("A-02-1", bd("0.33"));
		ScoreResult result = this.engine.scoreCriterionScores(this.defaults, scores, List.of());
		assertThat(result.total()).isEqualByComparingTo("2.08");
		assertThat(result.criteria().get(1).ruleType()).isEqualTo(RuleType.SCALE);
	}

	@Test
	void totalIsNeverRounded() {
		Map<String, BigDecimal> points = new LinkedHashMap<>(Totals.itemPointsFor(this.appraisal, bd("89.99")));
		ScoreResult result = this.engine.scoreItems(this.appraisal, points, List.of());
		assertThat(result.total()).isEqualByComparingTo("89.99");
		assertThat(result.grade()).isEqualTo(Grade.QUALIFIED);
		assertThat(result.explanation().get(0)).isEqualTo("总分 89.99 分，按第七条评定为“合格”。");
	}

	@Test
	void resultListsAreImmutable() {
		ScoreResult result = this.engine.score(this.defaults, Sheet.empty(), List.of());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> result.items().clear());
		assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> result.missingItems().clear());
	}

}
