package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Combines several experts' sheets into one panel result, criterion by criterion.
 *
 * <p>
 * Each sheet is scored first, so consolidation works on criterion scores whatever the
 * rule types. Means are kept exact ({@link ExactScore}) and the grade is that of the
 * exact panel total; scores are only rounded down to 0.01 when shown, so averaging can
 * neither lift nor lower a result over a grade boundary. A 组长合议 score outside the
 * experts' range for a criterion needs a written reason.
 */
public final class PanelConsolidation {

	/**
	 * The fewest sheets for which dropping the highest and lowest score still leaves a
	 * meaningful mean.
	 */
	public static final int TRIMMED_MEAN_MINIMUM_EXPERTS = 5;

	static final String TRIMMED_MEAN_TOO_FEW = "去掉最高分和最低分后平均须至少 " + TRIMMED_MEAN_MINIMUM_EXPERTS + " 名专家评分";

	private final ScoringEngine engine;

	/**
	 * Creates a consolidation backed by the given engine.
	 */
	public PanelConsolidation(ScoringEngine engine) {
		this.engine = Objects.requireNonNull(engine, "engine must not be null");
	}

	/**
	 * Consolidates with MEAN or TRIMMED_MEAN (no consensus scores).
	 */
	public PanelResult consolidate(RuleSet ruleSet, ConsolidationMethod method, List<Sheet> sheets,
			List<VetoFinding> vetoes) {
		return consolidate(ruleSet, method, sheets, null, Map.of(), vetoes);
	}

	/**
	 * Consolidates the expert sheets; {@code consensus} (criterion code → agreed score)
	 * is required for LEAD_CONSENSUS and ignored otherwise. No reasons are given, so
	 * every consensus score must lie within the experts' range.
	 */
	public PanelResult consolidate(RuleSet ruleSet, ConsolidationMethod method, List<Sheet> sheets,
			Map<String, BigDecimal> consensus, List<VetoFinding> vetoes) {
		return consolidate(ruleSet, method, sheets, consensus, Map.of(), vetoes);
	}

	/**
	 * Consolidates the expert sheets; for LEAD_CONSENSUS {@code reasons} (criterion code
	 * → the lead's written reason) must explain every consensus score outside the
	 * experts' range for its criterion.
	 */
	public PanelResult consolidate(RuleSet ruleSet, ConsolidationMethod method, List<Sheet> sheets,
			Map<String, BigDecimal> consensus, Map<String, String> reasons, List<VetoFinding> vetoes) {
		Objects.requireNonNull(sheets, "sheets must not be null");
		check(ruleSet, method, sheets.size(), consensus, vetoes);
		List<ScoreResult> expertResults = scoreEach(sheets.size(), (i) -> {
			Sheet sheet = sheets.get(i);
			return (sheet == null) ? null : this.engine.score(ruleSet, sheet, List.of());
		});
		return combine(ruleSet, method, expertResults, consensus, reasons, vetoes);
	}

	/**
	 * Consolidates experts' criterion scores given directly (as in the public
	 * consolidation API); each score must lie in [0, the criterion's points] with at most
	 * 2 decimals.
	 */
	public PanelResult consolidateScores(RuleSet ruleSet, ConsolidationMethod method,
			List<Map<String, BigDecimal>> expertScores, Map<String, BigDecimal> consensus, Map<String, String> reasons,
			List<VetoFinding> vetoes) {
		Objects.requireNonNull(expertScores, "expert scores must not be null");
		check(ruleSet, method, expertScores.size(), consensus, vetoes);
		List<ScoreResult> expertResults = scoreEach(expertScores.size(), (i) -> {
			Map<String, BigDecimal> scores = expertScores.get(i);
			return (scores == null) ? null : this.engine.scoreCriterionScores(ruleSet, scores, List.of());
		});
		return combine(ruleSet, method, expertResults, consensus, reasons, vetoes);
	}

	private static void check(RuleSet ruleSet, ConsolidationMethod method, int experts,
			Map<String, BigDecimal> consensus, List<VetoFinding> vetoes) {
		Objects.requireNonNull(ruleSet, "rule set must not be null");
		Objects.requireNonNull(method, "method must not be null");
		Objects.requireNonNull(vetoes, "vetoes must not be null");
		if (experts == 0) {
			throw single("sheets", "至少须有 1 名专家的评分表");
		}
		if (method == ConsolidationMethod.TRIMMED_MEAN && experts < TRIMMED_MEAN_MINIMUM_EXPERTS) {
			throw single("sheets", TRIMMED_MEAN_TOO_FEW + "（当前 " + experts + " 名）");
		}
		if (method == ConsolidationMethod.LEAD_CONSENSUS && consensus == null) {
			throw single("consensus", "组长合议须填写合议分");
		}
	}

	private PanelResult combine(RuleSet ruleSet, ConsolidationMethod method, List<ScoreResult> expertResults,
			Map<String, BigDecimal> consensus, Map<String, String> reasons, List<VetoFinding> vetoes) {
		Map<String, String> given = (reasons == null) ? Map.of() : reasons;
		List<InputError> errors = new ArrayList<>(0);
		Map<String, BigDecimal> shown = new LinkedHashMap<>();
		Map<String, ExactScore> exact = new LinkedHashMap<>();
		List<Disagreement> disagreements = new ArrayList<>();
		List<ConsensusDeviation> deviations = new ArrayList<>(0);
		Set<String> scoredByExperts = new HashSet<>();
		List<CriterionScore> layout = expertResults.get(0).criteria();
		BigDecimal[] scores = new BigDecimal[expertResults.size()];
		for (int c = 0; c < layout.size(); c++) {
			String code = layout.get(c).code();
			int n = 0;
			for (ScoreResult expert : expertResults) {
				BigDecimal score = expert.criteria().get(c).score();
				if (score != null) {
					scores[n++] = score;
				}
			}
			if (n == 0) {
				continue;
			}
			scoredByExperts.add(code);
			Disagreement disagreement = disagreement(code, scores, n);
			disagreements.add(disagreement);
			ExactScore value = switch (method) {
				case MEAN -> ExactScore.of(sum(scores, n), n);
				case TRIMMED_MEAN -> trimmedMean(code, scores, n, errors);
				case LEAD_CONSENSUS ->
					agreed(code, layout.get(c).max(), disagreement, consensus, given, deviations, errors);
			};
			if (value != null) {
				exact.put(code, value);
				shown.put(code, value.shown());
			}
		}
		if (method == ConsolidationMethod.LEAD_CONSENSUS) {
			reportStrayCodes(ruleSet, "consensus", consensus.keySet(), scoredByExperts, errors);
			reportStrayCodes(ruleSet, "reasons", given.keySet(), scoredByExperts, errors);
		}
		ScoreResult shownResult = null;
		try {
			shownResult = this.engine.scoreCriterionScores(ruleSet, shown, vetoes);
		}
		catch (InvalidInputException ex) {
			errors.addAll(ex.errors());
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		PanelScoring.Exact result = PanelScoring.exact(ruleSet.rubric(), shownResult, exact, deviations);
		return new PanelResult(method, expertResults.size(), shown, disagreements, expertResults, result.result(),
				exact, result.total(), deviations);
	}

	private static ExactScore trimmedMean(String code, BigDecimal[] scores, int n, List<InputError> errors) {
		if (n < TRIMMED_MEAN_MINIMUM_EXPERTS) {
			errors.add(new InputError(code, "细则 " + code + " 仅有 " + n + " 名专家评分，" + TRIMMED_MEAN_TOO_FEW));
			return null;
		}
		return ExactScore.of(sum(scores, n).subtract(min(scores, n)).subtract(max(scores, n)), n - 2);
	}

	private static ExactScore agreed(String code, BigDecimal points, Disagreement range,
			Map<String, BigDecimal> consensus, Map<String, String> reasons, List<ConsensusDeviation> deviations,
			List<InputError> errors) {
		BigDecimal score = consensus.get(code);
		if (score == null) {
			errors.add(new InputError("consensus." + code, "细则 " + code + " 已有专家评分，须填写组长合议分"));
			return null;
		}
		boolean valid = ScoringEngine.pointsProblem(score, points) == null;
		if (valid && (score.compareTo(range.min()) < 0 || score.compareTo(range.max()) > 0)) {
			String reason = reasons.get(code);
			if (reason == null || reason.isBlank()) {
				errors.add(new InputError("reasons." + code, "细则 " + code + " 的组长合议分 " + Numbers.plain(score)
						+ " 超出专家评分范围 " + Numbers.plain(range.min()) + " 至 " + Numbers.plain(range.max()) + " 分，须写明理由"));
				return null;
			}
			deviations.add(new ConsensusDeviation(code, score, range.min(), range.max(), reason.trim()));
		}
		return ExactScore.of(score);
	}

	private static void reportStrayCodes(RuleSet ruleSet, String field, Set<String> codes, Set<String> scored,
			List<InputError> errors) {
		for (String code : new TreeSet<>(codes)) {
			if (!scored.contains(code)) {
				String message = ruleSet.rubric().criterion(code).isPresent()
						? "细则 " + code + " 无专家评分，不能填写组长合议" + ("consensus".equals(field) ? "分" : "理由")
						: "细则代码 " + code + " 不属于评分标准《" + ruleSet.rubric().name() + "》";
				errors.add(new InputError(field + "." + code, message));
			}
		}
	}

	private static List<ScoreResult> scoreEach(int experts, IntFunction<ScoreResult> scorer) {
		List<ScoreResult> results = new ArrayList<>(experts);
		List<InputError> errors = new ArrayList<>(0);
		for (int i = 0; i < experts; i++) {
			try {
				ScoreResult result = scorer.apply(i);
				if (result == null) {
					errors.add(new InputError("sheets[" + i + "]", "第 " + (i + 1) + " 名专家的评分表为空"));
				}
				else {
					results.add(result);
				}
			}
			catch (InvalidInputException ex) {
				for (InputError error : ex.errors()) {
					errors.add(new InputError("sheets[" + i + "]." + error.field(),
							"第 " + (i + 1) + " 名专家：" + error.message()));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return results;
	}

	private static Disagreement disagreement(String code, BigDecimal[] scores, int n) {
		BigDecimal min = min(scores, n);
		BigDecimal max = max(scores, n);
		BigDecimal sum = sum(scores, n);
		BigDecimal sumOfSquares = BigDecimal.ZERO;
		for (int i = 0; i < n; i++) {
			sumOfSquares = sumOfSquares.add(scores[i].multiply(scores[i]));
		}
		// Population variance as (nΣx² − (Σx)²) / n²: the numerator is exact, only the
		// division rounds.
		BigDecimal count = BigDecimal.valueOf(n);
		BigDecimal numerator = count.multiply(sumOfSquares).subtract(sum.multiply(sum));
		BigDecimal variance = numerator.divide(count.multiply(count), MathContext.DECIMAL64);
		BigDecimal deviation = (variance.signum() <= 0) ? BigDecimal.ZERO : variance.sqrt(MathContext.DECIMAL64);
		return new Disagreement(code, min, max, max.subtract(min), deviation.setScale(2, RoundingMode.HALF_UP), n);
	}

	private static BigDecimal sum(BigDecimal[] scores, int n) {
		BigDecimal sum = BigDecimal.ZERO;
		for (int i = 0; i < n; i++) {
			sum = sum.add(scores[i]);
		}
		return sum;
	}

	private static BigDecimal min(BigDecimal[] scores, int n) {
		BigDecimal min = scores[0];
		for (int i = 1; i < n; i++) {
			if (scores[i].compareTo(min) < 0) {
				min = scores[i];
			}
		}
		return min;
	}

	private static BigDecimal max(BigDecimal[] scores, int n) {
		BigDecimal max = scores[0];
		for (int i = 1; i < n; i++) {
			if (scores[i].compareTo(max) > 0) {
				max = scores[i];
			}
		}
		return max;
	}

	private static InvalidInputException single(String field, String message) {
		return new InvalidInputException(List.of(new InputError(field, message)));
	}

}
