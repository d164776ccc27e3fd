package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Expert criterion scores for panel tests: complete score maps of the default rule sets
 * with a chosen total, spread randomly over the criteria in steps of 0.01.
 */
final class PanelFixture {

	static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

	private PanelFixture() {
	}

	/**
	 * Full points everywhere except the given fixed scores, then lowered criterion by
	 * criterion (never a fixed one) until the total is reached.
	 */
	static Map<String, BigDecimal> scoresTotalling(RuleSet rules, Map<String, BigDecimal> fixed, BigDecimal total,
			SplittableRandom random) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		BigDecimal sum = BigDecimal.ZERO;
		List<String> free = new ArrayList<>();
		for (CriterionRule rule : rules.rules()) {
			BigDecimal score = fixed.getOrDefault(rule.criterionCode(), rule.points());
			scores.put(rule.criterionCode(), score);
			sum = sum.add(score);
			if (!fixed.containsKey(rule.criterionCode())) {
				free.add(rule.criterionCode());
			}
		}
		BigDecimal deficit = sum.subtract(total);
		if (deficit.signum() < 0) {
			throw new IllegalArgumentException("total " + total + " above what the fixed scores allow");
		}
		while (deficit.signum() > 0) {
			int pick = random.nextInt(free.size());
			String code = free.get(pick);
			BigDecimal current = scores.get(code);
			if (current.signum() == 0) {
				free.remove(pick);
				continue;
			}
			// take off up to 2 points (or what is left), in hundredths
			BigDecimal most = deficit.min(current).min(BigDecimal.valueOf(2));
			long hundredths = most.movePointRight(2).longValueExact();
			BigDecimal cut = BigDecimal.valueOf(1 + random.nextLong(hundredths), 2);
			scores.put(code, current.subtract(cut));
			deficit = deficit.subtract(cut);
		}
		return scores;
	}

	static Map<String, BigDecimal> scoresTotalling(RuleSet rules, Map<String, BigDecimal> fixed, String total) {
		return scoresTotalling(rules, fixed, new BigDecimal(total), new SplittableRandom(7));
	}

	/**
	 * Each criterion independently: full points with probability {@code keep}, otherwise
	 * any hundredth in [0, points].
	 */
	static Map<String, BigDecimal> randomScores(RuleSet rules, double keep, SplittableRandom random) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		for (CriterionRule rule : rules.rules()) {
			BigDecimal score = rule.points();
			if (random.nextDouble() >= keep) {
				score = BigDecimal.valueOf(random.nextLong(rule.points().movePointRight(2).longValueExact() + 1), 2);
			}
			scores.put(rule.criterionCode(), score);
		}
		return scores;
	}

	static BigDecimal sum(Map<String, BigDecimal> scores) {
		return scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
