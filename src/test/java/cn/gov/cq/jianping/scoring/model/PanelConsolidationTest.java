package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.rubric.RubricDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PanelConsolidationTest {

	private final ScoringEngine engine = new ScoringEngine();

	private final PanelConsolidation panel = new PanelConsolidation(this.engine);

	private final RubricDefinition appraisal = RubricFixture.appraisal();

	private final RuleSet defaults = RuleSet.defaultFor(this.appraisal);

	private final Sheet full = RubricFixture.fullMarks(this.defaults);

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

	private Sheet fullWith(String code, String value) {
		return this.full.with(code, CriterionInput.value(bd(value)));
	}

	@Test
	void meanIsRoundedDownToHundredths() {
		// A-01-1 is worth 1 point: (1 + 0.5 + 0.5) / 3 = 0.666… → 0.66
		List<Sheet> sheets = List.of(this.full, fullWith("A-01-1", "0.5"), fullWith("A-01-1", "0.5"));
		PanelResult result = this.panel.consolidate(this.defaults, ConsolidationMethod.MEAN, sheets, List.of());
		assertThat(result.criterionScores().get("A-01-1")).isEqualByComparingTo("0.66");
		assertThat(result.result().total()).isEqualByComparingTo("99.66");
		assertThat(result.experts()).isEqualTo(3);
		assertThat(result.expertResults()).hasSize(3);
		assertThat(result.criterionScores().keySet()).startsWith("A-01-1", "A-01-2", "A-02-1");
	}

	@Test
	void meanNeverLiftsTheResultOverAGradeBoundary() {
		// Totals 89.99 + 90 + 90: exact mean 89.9966… must stay 合格.
		Map<String, BigDecimal> consensusFree = new HashMap<>();
		Sheet at90 = fullWith("A-06-1", "0").with("A-06-2", CriterionInput.value(bd("0")))
			.with("A-06-3", CriterionInput.value(bd("0")))
			.with("A-06-4", CriterionInput.value(bd("0")))
			.with("A-05-1", CriterionInput.value(bd("0")));
		RuleSet fine = this.defaults.withRule(CriterionRule.scale("A-22-1", bd("3"), bd("0.01")));
		Sheet at8999 = at90.with("A-22-1", CriterionInput.value(bd("2.99")));
		PanelResult result = this.panel.consolidate(fine, ConsolidationMethod.MEAN, List.of(at8999, at90, at90),
				consensusFree, List.of());
		assertThat(result.expertResults().get(1).total()).isEqualByComparingTo("90");
		assertThat(result.result().total()).isEqualByComparingTo("89.99");
		assertThat(result.result().grade()).isEqualTo(Grade.QUALIFIED);
	}

	@Test
	void trimmedMeanDropsOneHighestAndOneLowest() {
		List<Sheet> sheets = List.of(fullWith("A-06-1", "0"), fullWith("A-06-1", "0.5"), fullWith("A-06-1", "1"),
				fullWith("A-06-1", "1.5"), fullWith("A-06-1", "2"), this.full.without("A-06-1"));
		PanelResult result = this.panel.consolidate(this.defaults, ConsolidationMethod.TRIMMED_MEAN, sheets, List.of());
		assertThat(result.criterionScores().get("A-06-1")).isEqualByComparingTo("1");
		Disagreement disagreement = result.disagreements()
			.stream()
			.filter((d) -> d.criterionCode().equals("A-06-1"))
			.findFirst()
			.orElseThrow();
		assertThat(disagreement.experts()).isEqualTo(5);
		assertThat(disagreement.min()).isEqualByComparingTo("0");
		assertThat(disagreement.max()).isEqualByComparingTo("2");
		assertThat(disagreement.spread()).isEqualByComparingTo("2");
		// population σ of 0, 0.5, 1, 1.5, 2 = √0.5 = 0.7071…
		assertThat(disagreement.standardDeviation()).isEqualByComparingTo("0.71");
	}

	@Test
	void trimmedMeanNeedsAtLeastFiveExperts() {
		List<Sheet> four = Collections.nCopies(4, this.full);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.panel.consolidate(this.defaults, ConsolidationMethod.TRIMMED_MEAN, four, List.of()))
			.withMessageContaining("去掉最高分和最低分后平均须至少 5 名专家评分")
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InputError::field).containsExactly("sheets"));
	}

	@Test
	void trimmedMeanNeedsFiveExpertsPerCriterionToo() {
		List<Sheet> sheets = new ArrayList<>(Collections.nCopies(3, this.full));
		sheets.add(this.full.without("A-01-1"));
		sheets.add(this.full.without("A-01-1"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(
					() -> this.panel.consolidate(this.defaults, ConsolidationMethod.TRIMMED_MEAN, sheets, List.of()))
			.satisfies((ex) -> assertThat(ex.errors())
				.containsExactly(new InputError("A-01-1", "细则 A-01-1 仅有 3 名专家评分，去掉最高分和最低分后平均须至少 5 名专家评分")));
	}

	@Test
	void criterionScoredByNoExpertStaysMissing() {
		List<Sheet> sheets = List.of(this.full.without("A-22-1"), this.full.without("A-22-1"));
		PanelResult result = this.panel.consolidate(this.defaults, ConsolidationMethod.MEAN, sheets, List.of());
		assertThat(result.criterionScores()).doesNotContainKey("A-22-1");
		assertThat(result.result().missingItems()).containsExactly("A-22");
		assertThat(result.disagreements()).noneMatch((d) -> d.criterionCode().equals("A-22-1"));
	}

	@Test
	void meanIsTakenOverTheExpertsWhoScoredTheCriterion() {
		List<Sheet> sheets = List.of(fullWith("A-09-1", "4"), this.full.without("A-09-1"));
		PanelResult result = this.panel.consolidate(this.defaults, ConsolidationMethod.MEAN, sheets, List.of());
		assertThat(result.criterionScores().get("A-09-1")).isEqualByComparingTo("4");
		assertThat(result.result().complete()).isTrue();
	}

	@Test
	void leadConsensusUsesTheAgreedScores() {
		List<Sheet> sheets = List.of(fullWith("A-09-1", "3"), fullWith("A-09-1", "5"));
		Map<String, BigDecimal> consensus = new HashMap<>();
		for (CriterionRule rule : this.defaults.rules()) {
			consensus.put(rule.criterionCode(), rule.points());
		}
		consensus.put("A-09-1", bd("4.5"));
		PanelResult result = this.panel.consolidate(this.defaults, ConsolidationMethod.LEAD_CONSENSUS, sheets,
				consensus, List.of(VetoFinding.of("A-V02", VetoSeverity.BASIC)));
		assertThat(result.criterionScores().get("A-09-1")).isEqualByComparingTo("4.5");
		assertThat(result.result().total()).isEqualByComparingTo("99.5");
		assertThat(result.result().grade()).isEqualTo(Grade.BASIC);
		assertThat(result.result().capped()).isTrue();
	}

	@Test
	void leadConsensusMissingForAScoredCriterionIsAnError() {
		List<Sheet> sheets = List.of(this.full, this.full);
		Map<String, BigDecimal> consensus = new HashMap<>();
		for (CriterionRule rule : this.defaults.rules()) {
			consensus.put(rule.criterionCode(), rule.points());
		}
		consensus.remove("A-05-2");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.panel.consolidate(this.defaults, ConsolidationMethod.LEAD_CONSENSUS, sheets,
					consensus, List.of()))
			.satisfies((ex) -> assertThat(ex.errors())
				.containsExactly(new InputError("consensus.A-05-2", "细则 A-05-2 已有专家评分，须填写组长合议分")));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.panel.consolidate(this.defaults,
				ConsolidationMethod.LEAD_CONSENSUS, sheets, null, List.of()));
	}

	@Test
	void leadConsensusOutOfRangeIsRejected() {
		Map<String, BigDecimal> consensus = new HashMap<>();
		for (CriterionRule rule : this.defaults.rules()) {
			consensus.put(rule.criterionCode(), rule.points());
		}
		consensus.put("A-09-1", bd("6"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.panel.consolidate(this.defaults, ConsolidationMethod.LEAD_CONSENSUS,
					List.of(this.full), consensus, List.of()))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InputError::field).containsExactly("A-09-1"));
	}

	@Test
	void invalidExpertSheetsAreReportedWithTheirIndex() {
		List<Sheet> sheets = List.of(this.full, fullWith("A-01-1", "7"), fullWith("A-01-2", "0.3"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.panel.consolidate(this.defaults, ConsolidationMethod.MEAN, sheets, List.of()))
			.satisfies((ex) -> assertThat(ex.errors()).extracting(InputError::field)
				.containsExactly("sheets[1].A-01-1", "sheets[2].A-01-2"));
	}

	@Test
	void consolidatingIdenticalSheetsGivesThatSheet() {
		RuleSet detailed = RubricFixture.detailedLevelRuleSet();
		Sheet sheet = RubricFixture.detailedLevelSheet(detailed);
		ScoreResult single = this.engine.score(detailed, sheet, List.of());
		for (ConsolidationMethod method : List.of(ConsolidationMethod.MEAN, ConsolidationMethod.TRIMMED_MEAN)) {
			PanelResult result = this.panel.consolidate(detailed, method, Collections.nCopies(5, sheet), List.of());
			assertThat(result.result().total()).as(method.label()).isEqualByComparingTo(single.total());
			assertThat(result.disagreements())
				.allMatch((d) -> d.spread().signum() == 0 && d.standardDeviation().signum() == 0);
		}
	}

	@Test
	void methodsHaveChineseLabels() {
		assertThat(ConsolidationMethod.MEAN.label()).isEqualTo("算术平均");
		assertThat(ConsolidationMethod.TRIMMED_MEAN.label()).isEqualTo("去掉最高分和最低分后平均");
		assertThat(ConsolidationMethod.LEAD_CONSENSUS.label()).isEqualTo("组长合议");
	}

	private final RuleSet level = RuleSet.defaultFor(RubricFixture.level());

	private Map<String, BigDecimal> levelExpert(String l011, String l012, String total) {
		return PanelFixture.scoresTotalling(this.level, Map.of("L-01-1", bd(l011), "L-01-2", bd(l012)), total);
	}

	@Test
	void threeExpertsAtExactlyNinetyStayExcellent() {
		// Issue 10: (1, 0.5), (0.5, 1), (0.5, 1) on L-01-1/L-01-2, each expert totalling
		// exactly 90.00.
		List<Map<String, BigDecimal>> experts = List.of(levelExpert("1", "0.5", "90"), levelExpert("0.5", "1", "90"),
				levelExpert("0.5", "1", "90"));
		assertThat(experts).allSatisfy((e) -> assertThat(PanelFixture.sum(e)).isEqualByComparingTo("90"));
		PanelResult result = this.panel.consolidateScores(this.level, ConsolidationMethod.MEAN, experts, null, null,
				List.of());
		assertThat(result.criterionScores().get("L-01-1")).isEqualByComparingTo("0.66");
		assertThat(result.criterionScores().get("L-01-2")).isEqualByComparingTo("0.83");
		assertThat(result.exactTotal().compareTo(bd("90"))).isZero();
		assertThat(result.result().total()).isEqualByComparingTo("90");
		assertThat(result.result().bandGrade()).isEqualTo(Grade.EXCELLENT);
		assertThat(result.result().grade()).isEqualTo(Grade.EXCELLENT);
	}

	@Test
	void ninetyNinetyAndEightyNineNinetyNineStayQualified() {
		List<Map<String, BigDecimal>> experts = List.of(levelExpert("1", "0.5", "89.99"), levelExpert("0.5", "1", "90"),
				levelExpert("0.5", "1", "90"));
		PanelResult result = this.panel.consolidateScores(this.level, ConsolidationMethod.MEAN, experts, null, null,
				List.of());
		assertThat(result.exactTotal().isEqualTo(ExactScore.of(bd("269.99"), 3))).isTrue();
		assertThat(result.result().total()).isEqualByComparingTo("89.99");
		assertThat(result.result().grade()).isEqualTo(Grade.QUALIFIED);
		assertThat(result.result().explanation()).anyMatch((line) -> line.contains("等级按精确总分评定"));
	}

	@Test
	void shownItemsAndCategoriesAreExactSumsRoundedDownOnce() {
		List<Map<String, BigDecimal>> experts = List.of(levelExpert("1", "0.5", "90"), levelExpert("0.5", "1", "90"),
				levelExpert("0.5", "1", "90"));
		PanelResult result = this.panel.consolidateScores(this.level, ConsolidationMethod.MEAN, experts, null, null,
				List.of());
		// 2/3 + 5/6 = 1.5 exactly, although the shown criteria (0.66 + 0.83) add up to
		// 1.49
		assertThat(result.result().items().get(0).code()).isEqualTo("L-01");
		assertThat(result.result().items().get(0).score()).isEqualByComparingTo("1.5");
	}

	@Test
	void consensusOutsideTheExpertsRangeNeedsAReason() {
		List<Map<String, BigDecimal>> experts = List.of(levelExpert("0.5", "0.5", "80"), levelExpert("0", "0.5", "80"),
				levelExpert("0.5", "0", "80"));
		Map<String, BigDecimal> consensus = new HashMap<>(experts.get(0));
		consensus.put("L-01-1", bd("1"));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.panel.consolidateScores(this.level, ConsolidationMethod.LEAD_CONSENSUS, experts,
					consensus, Map.of(), List.of()))
			.satisfies((ex) -> assertThat(ex.errors())
				.containsExactly(new InputError("reasons.L-01-1", "细则 L-01-1 的组长合议分 1 超出专家评分范围 0 至 0.5 分，须写明理由")));
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> this.panel.consolidateScores(this.level,
				ConsolidationMethod.LEAD_CONSENSUS, experts, consensus, Map.of("L-01-1", "  "), List.of()));
		PanelResult result = this.panel.consolidateScores(this.level, ConsolidationMethod.LEAD_CONSENSUS, experts,
				consensus, Map.of("L-01-1", " 现场复核台账后一致认定 "), List.of());
		assertThat(result.consensusDeviations())
			.containsExactly(new ConsensusDeviation("L-01-1", bd("1"), bd("0"), bd("0.5"), "现场复核台账后一致认定"));
		assertThat(result.result().explanation()).anyMatch((line) -> line.contains("L-01-1") && line.contains("理由"));
	}

	@Test
	void consensusWithinTheRangeNeedsNoReasonAndIsNotFlagged() {
		List<Map<String, BigDecimal>> experts = List.of(levelExpert("1", "0.5", "80"), levelExpert("0", "0.5", "80"),
				levelExpert("0.5", "0", "80"));
		Map<String, BigDecimal> consensus = new HashMap<>(experts.get(1));
		PanelResult result = this.panel.consolidateScores(this.level, ConsolidationMethod.LEAD_CONSENSUS, experts,
				consensus, null, List.of());
		assertThat(result.consensusDeviations()).isEmpty();
		assertThat(result.result().total()).isEqualByComparingTo("80");
	}

	@Test
	void leadGivingFullMarksOverZerosNeedsAReasonForEveryCriterion() {
		// Issue 10: three experts at 0 everywhere and a lead entering full marks used to
		// give 99.37 优秀.
		Map<String, BigDecimal> zeros = new HashMap<>();
		Map<String, BigDecimal> full = new HashMap<>();
		for (CriterionRule rule : this.level.rules()) {
			zeros.put(rule.criterionCode(), BigDecimal.ZERO);
			full.put(rule.criterionCode(), rule.points());
		}
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.panel.consolidateScores(this.level, ConsolidationMethod.LEAD_CONSENSUS,
					List.of(zeros, zeros, zeros), full, Map.of(), List.of()))
			.satisfies((ex) -> assertThat(ex.errors()).hasSize(this.level.rules().size())
				.allMatch((e) -> e.field().startsWith("reasons.") && e.message().contains("须写明理由")));
	}

}
