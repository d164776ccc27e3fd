package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactness of panel consolidation (issue 10), each checked on 1,000 seeded random
 * panels: half of them with expert totals right at a grade boundary (89.99, 90, 90.01,
 * 74.99, …), half with random scores.
 */
class PanelProperties {

	private static final PanelConsolidation PANEL = new PanelConsolidation(new ScoringEngine());

	private static final List<RuleSet> RULE_SETS = List.of(RuleSet.defaultFor(RubricFixture.level()),
			RuleSet.defaultFor(RubricFixture.appraisal()));

	private static final String[] NEAR_BOUNDARIES = { "89.98", "89.99", "90", "90.01", "74.99", "75", "75.01", "59.99",
			"60", "60.01", "100", "0" };

	static Stream<Long> seeds() {
		return SeededCases.seeds("panel");
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void meanTotalIsTheMeanOfTheExpertTotals(long seed) {
		SeededCases.check(seed, (random) -> {
			RuleSet rules = RULE_SETS.get(random.nextInt(RULE_SETS.size()));
			List<Map<String, BigDecimal>> experts = panel(rules, 3 + random.nextInt(13), random);
			PanelResult result = PANEL.consolidateScores(rules, ConsolidationMethod.MEAN, experts, null, null,
					List.of());
			BigDecimal sumOfTotals = BigDecimal.ZERO;
			BigDecimal lowest = null;
			BigDecimal highest = null;
			for (Map<String, BigDecimal> expert : experts) {
				BigDecimal total = PanelFixture.sum(expert);
				sumOfTotals = sumOfTotals.add(total);
				lowest = (lowest == null) ? total : lowest.min(total);
				highest = (highest == null) ? total : highest.max(total);
			}
			ExactScore mean = ExactScore.of(sumOfTotals, experts.size());
			assertThat(result.exactTotal().isEqualTo(mean)).as("%s = %s", result.exactTotal(), mean).isTrue();
			assertThat(result.exactTotal().compareTo(lowest)).isGreaterThanOrEqualTo(0);
			assertThat(result.exactTotal().compareTo(highest)).isLessThanOrEqualTo(0);
			assertThat(result.result().total())
				.isEqualByComparingTo(sumOfTotals.divide(BigDecimal.valueOf(experts.size()), 2, RoundingMode.DOWN));
			assertThat(result.result().total()).isBetween(lowest.setScale(2), highest);
		});
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void trimmedMeanCriteriaLieWithinTheExpertsRange(long seed) {
		SeededCases.check(seed, (random) -> {
			RuleSet rules = RULE_SETS.get(random.nextInt(RULE_SETS.size()));
			List<Map<String, BigDecimal>> experts = panel(rules, 5 + random.nextInt(11), random);
			PanelResult result = PANEL.consolidateScores(rules, ConsolidationMethod.TRIMMED_MEAN, experts, null, null,
					List.of());
			for (CriterionRule rule : rules.rules()) {
				String code = rule.criterionCode();
				BigDecimal min = experts.stream().map((e) -> e.get(code)).reduce(BigDecimal::min).orElseThrow();
				BigDecimal max = experts.stream().map((e) -> e.get(code)).reduce(BigDecimal::max).orElseThrow();
				ExactScore exact = result.exactScores().get(code);
				assertThat(exact.compareTo(min)).as(code).isGreaterThanOrEqualTo(0);
				assertThat(exact.compareTo(max)).as(code).isLessThanOrEqualTo(0);
				assertThat(result.criterionScores().get(code)).as(code).isBetween(min, max);
			}
		});
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void gradeIsTheBandOfTheExactTotal(long seed) {
		SeededCases.check(seed, (random) -> {
			RuleSet rules = RULE_SETS.get(random.nextInt(RULE_SETS.size()));
			ConsolidationMethod method = ConsolidationMethod.values()[random.nextInt(3)];
			int n = (method == ConsolidationMethod.TRIMMED_MEAN) ? 5 + random.nextInt(11) : 3 + random.nextInt(13);
			List<Map<String, BigDecimal>> experts = panel(rules, n, random);
			Map<String, BigDecimal> consensus = (method == ConsolidationMethod.LEAD_CONSENSUS)
					? consensusWithinRange(rules, experts, random) : null;
			PanelResult result = PANEL.consolidateScores(rules, method, experts, consensus, Map.of(), List.of());
			// Oracle, independent of ExactScore: all criteria share one denominator d, so
			// the exact total is
			// numerator / d and it reaches a band limit L exactly when numerator >= L ×
			// d.
			BigDecimal numerator = BigDecimal.ZERO;
			int denominator = switch (method) {
				case MEAN -> n;
				case TRIMMED_MEAN -> n - 2;
				case LEAD_CONSENSUS -> 1;
			};
			for (CriterionRule rule : rules.rules()) {
				List<BigDecimal> given = experts.stream().map((e) -> e.get(rule.criterionCode())).sorted().toList();
				numerator = numerator.add(switch (method) {
					case MEAN -> given.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
					case TRIMMED_MEAN -> given.subList(1, n - 1).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
					case LEAD_CONSENSUS -> consensus.get(rule.criterionCode());
				});
			}
			BigDecimal d = BigDecimal.valueOf(denominator);
			Grade expected = (numerator.compareTo(BigDecimal.valueOf(90).multiply(d)) >= 0) ? Grade.EXCELLENT
					: (numerator.compareTo(BigDecimal.valueOf(75).multiply(d)) >= 0) ? Grade.QUALIFIED
							: (numerator.compareTo(BigDecimal.valueOf(60).multiply(d)) >= 0) ? Grade.BASIC
									: Grade.UNQUALIFIED;
			assertThat(result.result().bandGrade()).as("%s / %s", numerator, d).isEqualTo(expected);
			assertThat(result.result().grade()).isEqualTo(expected);
			// what is shown never contradicts the grade: a shown 89.99 is never 优秀, a
			// shown 90 always is
			assertThat(Grade.ofTotal(result.result().total())).isEqualTo(expected);
			assertThat(result.result().total()).isEqualByComparingTo(numerator.divide(d, 2, RoundingMode.DOWN));
		});
	}

	/** Experts all near one grade boundary (half the time), or random scores. */
	private static List<Map<String, BigDecimal>> panel(RuleSet rules, int n, SplittableRandom random) {
		List<Map<String, BigDecimal>> experts = new ArrayList<>(n);
		boolean boundary = random.nextBoolean();
		double keep = 0.5 + random.nextDouble() * 0.5;
		int band = random.nextInt(NEAR_BOUNDARIES.length / 3) * 3;
		for (int i = 0; i < n; i++) {
			if (boundary) {
				String total = NEAR_BOUNDARIES[Math.min(band + random.nextInt(3), NEAR_BOUNDARIES.length - 1)];
				experts.add(PanelFixture.scoresTotalling(rules, Map.of(), new BigDecimal(total), random));
			}
			else {
				experts.add(PanelFixture.randomScores(rules, keep, random));
			}
		}
		return experts;
	}

	private static Map<String, BigDecimal> consensusWithinRange(RuleSet rules, List<Map<String, BigDecimal>> experts,
			SplittableRandom random) {
		Map<String, BigDecimal> consensus = new HashMap<>();
		for (CriterionRule rule : rules.rules()) {
			Map<String, BigDecimal> chosen = experts.get(random.nextInt(experts.size()));
			consensus.put(rule.criterionCode(), chosen.get(rule.criterionCode()));
		}
		return consensus;
	}

}
