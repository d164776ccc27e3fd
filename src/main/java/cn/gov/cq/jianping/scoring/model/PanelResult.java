package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The consolidated result of an expert panel.
 *
 * <p>
 * The panel keeps exact values: {@code exactScores} and {@code exactTotal} are never
 * rounded, and the grades of {@code result} are those of the exact total. What is shown
 * ({@code criterionScores}, the scores in {@code result}) is the exact value rounded down
 * to 0.01; the shown total is the exact total rounded down, so shown criteria may add up
 * to a little less than the shown total.
 *
 * @param method how the scores were consolidated
 * @param experts number of expert sheets
 * @param criterionScores shown (rounded down to 0.01) criterion scores in document order;
 * criteria no expert scored are absent
 * @param disagreements per-criterion disagreement among the experts who scored it, in
 * document order
 * @param expertResults each expert's own result, in input order (without vetoes)
 * @param result the shown result with the panel's veto findings, graded on the exact
 * total
 * @param exactScores exact criterion scores in document order
 * @param exactTotal the exact panel total
 * @param consensusDeviations 组长合议 scores outside the experts' range, each with its
 * reason, in document order
 */
public record PanelResult(ConsolidationMethod method, int experts, Map<String, BigDecimal> criterionScores,
		List<Disagreement> disagreements, List<ScoreResult> expertResults, ScoreResult result,
		Map<String, ExactScore> exactScores, ExactScore exactTotal, List<ConsensusDeviation> consensusDeviations) {

	public PanelResult {
		Objects.requireNonNull(method, "method must not be null");
		Objects.requireNonNull(result, "result must not be null");
		criterionScores = Collections.unmodifiableMap(new LinkedHashMap<>(criterionScores));
		disagreements = List.copyOf(disagreements);
		expertResults = List.copyOf(expertResults);
		exactScores = Collections.unmodifiableMap(new LinkedHashMap<>(exactScores));
		exactTotal = (exactTotal != null) ? exactTotal : ExactScore.of(result.total());
		consensusDeviations = List.copyOf(consensusDeviations);
	}

	/**
	 * A result whose shown values are exact (no deviation recorded), as before exact
	 * consolidation.
	 */
	public PanelResult(ConsolidationMethod method, int experts, Map<String, BigDecimal> criterionScores,
			List<Disagreement> disagreements, List<ScoreResult> expertResults, ScoreResult result) {
		this(method, experts, criterionScores, disagreements, expertResults, result, exactOf(criterionScores), null,
				List.of());
	}

	private static Map<String, ExactScore> exactOf(Map<String, BigDecimal> scores) {
		Map<String, ExactScore> exact = new LinkedHashMap<>();
		scores.forEach((code, score) -> exact.put(code, ExactScore.of(score)));
		return exact;
	}

}
