package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.cq.jianping.rubric.VetoDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the engine, each checked on 1,000 seeded random cases (see
 * {@link SeededCases}).
 */
class ScoringProperties {

	private static final ScoringEngine ENGINE = new ScoringEngine();

	private static final RuleSet DETAILED_LEVEL = RubricFixture.detailedLevelRuleSet();

	private static final RuleSet DEFAULT_APPRAISAL = RuleSet.defaultFor(RubricFixture.appraisal());

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static Stream<Long> seeds() {
		return SeededCases.seeds("engine");
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void totalEqualsSumOfCategoriesEqualsSumOfItems(long seed) {
		SeededCases.check(seed, (random) -> {
			RuleSetAndSheet input = sheet(random);
			ScoreResult result = ENGINE.score(input.rules(), input.sheet(), List.of());
			BigDecimal categories = BigDecimal.ZERO;
			for (CategoryScore category : result.categories()) {
				categories = categories.add(category.score());
			}
			BigDecimal items = BigDecimal.ZERO;
			for (ItemScore item : result.items()) {
				items = items.add(item.score());
			}
			BigDecimal criteria = BigDecimal.ZERO;
			for (CriterionScore criterion : result.criteria()) {
				if (criterion.score() != null) {
					criteria = criteria.add(criterion.score());
				}
			}
			assertThat(result.total()).isEqualByComparingTo(categories);
			assertThat(result.total()).isEqualByComparingTo(items);
			assertThat(result.total()).isEqualByComparingTo(criteria);
		});
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyScoreStaysWithinItsBounds(long seed) {
		SeededCases.check(seed, (random) -> {
			RuleSetAndSheet input = sheet(random);
			ScoreResult result = ENGINE.score(input.rules(), input.sheet(), List.of());
			assertThat(result.total()).isBetween(BigDecimal.ZERO, HUNDRED);
			for (CategoryScore category : result.categories()) {
				assertThat(category.score()).isBetween(BigDecimal.ZERO, category.max());
			}
			for (ItemScore item : result.items()) {
				assertThat(item.score()).isBetween(BigDecimal.ZERO, item.max());
			}
			for (CriterionScore criterion : result.criteria()) {
				if (criterion.score() != null) {
					assertThat(criterion.score()).as(criterion.code()).isBetween(BigDecimal.ZERO, criterion.max());
				}
			}
			assertThat(result.complete()).isEqualTo(result.missingItems().isEmpty());
			assertThat(result.bandGrade()).isEqualTo(Grade.ofTotal(result.total()));
		});
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void gradeIsMonotoneInTheTotal(long seed) {
		SeededCases.check(seed, (random) -> {
			BigDecimal a = BigDecimal.valueOf(random.nextLong(-10_000, 110_001), 3);
			BigDecimal b = BigDecimal.valueOf(random.nextLong(-10_000, 110_001), 3);
			BigDecimal low = a.min(b);
			BigDecimal high = a.max(b);
			assertThat(Grade.ofTotal(high).isLowerThan(Grade.ofTotal(low))).as("%s vs %s", low, high).isFalse();
		});
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void vetoNeverRaisesAGrade(long seed) {
		SeededCases.check(seed, (random) -> {
			RuleSetAndSheet input = sheet(random);
			List<VetoDefinition> definitions = input.rules().rubric().vetoes();
			int firstVeto = random.nextInt(13);
			List<VetoFinding> findings = new ArrayList<>();
			int count = random.nextInt(4);
			for (int i = 0; i < count; i++) {
				VetoSeverity severity = VetoSeverity.values()[random.nextInt(VetoSeverity.values().length)];
				findings.add(VetoFinding.of(definitions.get((firstVeto + i) % definitions.size()).code(), severity));
			}
			ScoreResult without = ENGINE.score(input.rules(), input.sheet(), List.of());
			ScoreResult with = ENGINE.score(input.rules(), input.sheet(), findings);
			assertThat(with.total()).isEqualByComparingTo(without.total());
			assertThat(with.bandGrade()).isEqualTo(without.grade());
			assertThat(with.grade().isLowerThan(without.grade()) || with.grade() == without.grade()).isTrue();
			assertThat(with.capped()).isEqualTo(with.grade().isLowerThan(with.bandGrade()));
			for (VetoFinding finding : findings) {
				assertThat(
						with.grade().isLowerThan(finding.severity().cap()) || with.grade() == finding.severity().cap())
					.as("grade never above any veto cap")
					.isTrue();
			}
		});
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void consolidatingIdenticalSheetsGivesThatSheet(long seed) {
		SeededCases.check(seed, (random) -> {
			RuleSetAndSheet input = sheet(random);
			int experts = 1 + random.nextInt(7);
			ConsolidationMethod method = (random.nextBoolean() && experts >= 5) ? ConsolidationMethod.TRIMMED_MEAN
					: ConsolidationMethod.MEAN;
			ScoreResult single = ENGINE.score(input.rules(), input.sheet(), List.of());
			PanelResult panel = new PanelConsolidation(ENGINE).consolidate(input.rules(), method,
					Collections.nCopies(experts, input.sheet()), List.of());
			for (CriterionScore criterion : single.criteria()) {
				BigDecimal consolidated = panel.criterionScores().get(criterion.code());
				if (criterion.score() == null) {
					assertThat(consolidated).isNull();
				}
				else {
					assertThat(consolidated).isEqualByComparingTo(criterion.score());
				}
			}
			assertThat(panel.result().total()).isEqualByComparingTo(single.total());
			assertThat(panel.exactTotal().compareTo(single.total())).isZero();
			assertThat(panel.result().missingItems()).isEqualTo(single.missingItems());
			assertThat(panel.result().grade()).isEqualTo(single.grade());
		});
	}

	/**
	 * One sheet of the detailed LEVEL set (every rule type) or the default APPRAISAL set;
	 * ~10% unscored.
	 */
	static RuleSetAndSheet sheet(SplittableRandom random) {
		RuleSet rules = random.nextBoolean() ? DETAILED_LEVEL : DEFAULT_APPRAISAL;
		Map<String, CriterionInput> map = new LinkedHashMap<>();
		for (CriterionRule rule : rules.rules()) {
			if (random.nextInt(10) != 0) {
				map.put(rule.criterionCode(), input(rule, random));
			}
		}
		return new RuleSetAndSheet(rules, new Sheet(map));
	}

	private static CriterionInput input(CriterionRule rule, SplittableRandom random) {
		return switch (rule.type()) {
			case ALL_OR_NOTHING -> CriterionInput.met(random.nextBoolean());
			case SCALE -> {
				BigDecimal step = rule.parameters().effectiveStep();
				int steps = rule.points().divide(step).intValueExact();
				yield CriterionInput.value(step.multiply(BigDecimal.valueOf(random.nextInt(steps + 1))));
			}
			case DEDUCTION_PER_OCCURRENCE -> CriterionInput.count(random.nextInt(21));
			case NO_VERIFIED_RECORDS -> CriterionInput.count(random.nextInt(4));
			case RATIO_AT_MOST -> {
				// numerators above the denominator are valid too (more returned plans
				// than batches)
				int denominator = random.nextInt(51);
				yield CriterionInput.ratio(random.nextInt(denominator + 6), denominator);
			}
			case COMPLETION_RATIO -> CriterionInput.ratio(random.nextInt(61), 1 + random.nextInt(50));
		};
	}

	record RuleSetAndSheet(RuleSet rules, Sheet sheet) {

		@Override
		public String toString() {
			return this.rules.rubric().code() + " " + this.sheet.inputs().size() + " inputs";
		}

	}

}
