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

/**
 * Combines several experts' sheets into one panel result, criterion by criterion.
 *
 * <p>Each sheet is scored first, so consolidation works on criterion scores whatever the rule types.
 * Means are rounded down to 0.01 so that averaging can never lift a result over a grade boundary.
 */
public final class PanelConsolidation {

	/** The fewest sheets for which dropping the highest and lowest score still leaves a meaningful mean. */
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
		return consolidate(ruleSet, method, sheets, null, vetoes);
	}

	/**
	 * Consolidates the expert sheets; {@code consensus} (criterion code → agreed score) is required for
	 * LEAD_CONSENSUS and ignored otherwise. The panel's veto findings apply to the consolidated result.
	 */
	public PanelResult consolidate(RuleSet ruleSet, ConsolidationMethod method, List<Sheet> sheets,
			Map<String, BigDecimal> consensus, List<VetoFinding> vetoes) {
		Objects.requireNonNull(ruleSet, "rule set must not be null");
		Objects.requireNonNull(method, "method must not be null");
		Objects.requireNonNull(sheets, "sheets must not be null");
		Objects.requireNonNull(vetoes, "vetoes must not be null");
		if (sheets.isEmpty()) {
			throw single("sheets", "至少须有 1 名专家的评分表");
		}
		if (method == ConsolidationMethod.TRIMMED_MEAN && sheets.size() < TRIMMED_MEAN_MINIMUM_EXPERTS) {
			throw single("sheets", TRIMMED_MEAN_TOO_FEW + "（当前 " + sheets.size() + " 名）");
		}
		if (method == ConsolidationMethod.LEAD_CONSENSUS && consensus == null) {
			throw single("consensus", "组长合议须填写合议分");
		}
		List<ScoreResult> expertResults = scoreEach(ruleSet, sheets);
		List<InputError> errors = new ArrayList<>(0);
		Map<String, BigDecimal> consolidated = new LinkedHashMap<>();
		List<Disagreement> disagreements = new ArrayList<>();
		Set<String> scoredByExperts = new HashSet<>();
		List<CriterionScore> layout = expertResults.get(0).criteria();
		BigDecimal[] scores = new BigDecimal[sheets.size()];
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
			disagreements.add(disagreement(code, scores, n));
			switch (method) {
				case MEAN -> consolidated.put(code, meanDown(sum(scores, n), n));
				case TRIMMED_MEAN -> {
					if (n < TRIMMED_MEAN_MINIMUM_EXPERTS) {
						errors.add(new InputError(code, "细则 " + code + " 仅有 " + n + " 名专家评分，" + TRIMMED_MEAN_TOO_FEW));
					}
					else {
						BigDecimal trimmed = sum(scores, n).subtract(min(scores, n)).subtract(max(scores, n));
						consolidated.put(code, meanDown(trimmed, n - 2));
					}
				}
				case LEAD_CONSENSUS -> {
					if (!consensus.containsKey(code) || consensus.get(code) == null) {
						errors.add(new InputError("consensus." + code, "细则 " + code + " 已有专家评分，须填写组长合议分"));
					}
					else {
						consolidated.put(code, consensus.get(code));
					}
				}
			}
		}
		if (method == ConsolidationMethod.LEAD_CONSENSUS) {
			for (String code : new TreeSet<>(consensus.keySet())) {
				if (!scoredByExperts.contains(code)) {
					String message = ruleSet.rubric().criterion(code).isPresent()
							? "细则 " + code + " 无专家评分，不能填写组长合议分"
							: "细则代码 " + code + " 不属于评分标准《" + ruleSet.rubric().name() + "》";
					errors.add(new InputError("consensus." + code, message));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		ScoreResult result = this.engine.scoreCriterionScores(ruleSet, consolidated, vetoes);
		return new PanelResult(method, sheets.size(), consolidated, disagreements, expertResults, result);
	}

	private List<ScoreResult> scoreEach(RuleSet ruleSet, List<Sheet> sheets) {
		List<ScoreResult> results = new ArrayList<>(sheets.size());
		List<InputError> errors = new ArrayList<>(0);
		for (int i = 0; i < sheets.size(); i++) {
			Sheet sheet = sheets.get(i);
			if (sheet == null) {
				errors.add(new InputError("sheets[" + i + "]", "第 " + (i + 1) + " 名专家的评分表为空"));
				continue;
			}
			try {
				results.add(this.engine.score(ruleSet, sheet, List.of()));
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
		// Population variance as (nΣx² − (Σx)²) / n²: the numerator is exact, only the division rounds.
		BigDecimal count = BigDecimal.valueOf(n);
		BigDecimal numerator = count.multiply(sumOfSquares).subtract(sum.multiply(sum));
		BigDecimal variance = numerator.divide(count.multiply(count), MathContext.DECIMAL64);
		BigDecimal deviation = (variance.signum() <= 0) ? BigDecimal.ZERO : variance.sqrt(MathContext.DECIMAL64);
		return new Disagreement(code, min, max, max.subtract(min), deviation.setScale(2, RoundingMode.HALF_UP), n);
	}

	private static BigDecimal meanDown(BigDecimal sum, int n) {
		return sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
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
