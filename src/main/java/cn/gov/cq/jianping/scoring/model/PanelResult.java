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
 * @param method how the scores were consolidated
 * @param experts number of expert sheets
 * @param criterionScores consolidated criterion scores in document order; criteria no expert scored are absent
 * @param disagreements per-criterion disagreement among the experts who scored it, in document order
 * @param expertResults each expert's own result, in input order (without vetoes)
 * @param result the result of the consolidated scores, with the panel's veto findings
 */
public record PanelResult(ConsolidationMethod method, int experts, Map<String, BigDecimal> criterionScores,
		List<Disagreement> disagreements, List<ScoreResult> expertResults, ScoreResult result) {

	public PanelResult {
		Objects.requireNonNull(method, "method must not be null");
		Objects.requireNonNull(result, "result must not be null");
		criterionScores = Collections.unmodifiableMap(new LinkedHashMap<>(criterionScores));
		disagreements = List.copyOf(disagreements);
		expertResults = List.copyOf(expertResults);
	}

}
