package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.scoring.model.ConsensusDeviation;
import cn.gov.cq.jianping.scoring.model.CriterionScore;
import cn.gov.cq.jianping.scoring.model.Disagreement;
import cn.gov.cq.jianping.scoring.model.PanelResult;
import cn.gov.cq.jianping.scoring.model.ScoreResult;

/**
 * The 200 answer of {@code POST /api/v1/scoring/consolidate}: shown values are exact
 * values rounded down to 0.01; the grades are those of the exact panel total.
 */
record ConsolidationResponse(String rubric, int rubricVersion, String method, BigDecimal total, String bandGrade,
		String grade, String gradeLabel, boolean capped, List<BigDecimal> expertTotals, List<Criterion> criteria,
		List<Deviation> consensusOutsideRange, List<String> explanation) {

	/** One criterion: its points, the panel score, and the experts' spread. */
	record Criterion(String code, BigDecimal max, BigDecimal score, BigDecimal min, BigDecimal maxGiven,
			BigDecimal spread, BigDecimal stdDev) {
	}

	/** A consensus score outside the experts' range, with the lead's reason. */
	record Deviation(String code, BigDecimal consensus, BigDecimal min, BigDecimal maxGiven, String reason) {
	}

	static ConsolidationResponse of(PanelResult panel) {
		ScoreResult result = panel.result();
		List<BigDecimal> expertTotals = panel.expertResults()
			.stream()
			.map((expert) -> RequestFields.normal(expert.total()))
			.toList();
		List<Criterion> criteria = new ArrayList<>(result.criteria().size());
		int d = 0;
		for (CriterionScore score : result.criteria()) {
			Disagreement disagreement = panel.disagreements().get(d++);
			criteria.add(new Criterion(score.code(), RequestFields.normal(score.max()),
					RequestFields.normal(panel.criterionScores().get(score.code())),
					RequestFields.normal(disagreement.min()), RequestFields.normal(disagreement.max()),
					RequestFields.normal(disagreement.spread()),
					RequestFields.normal(disagreement.standardDeviation())));
		}
		List<Deviation> deviations = new ArrayList<>(panel.consensusDeviations().size());
		for (ConsensusDeviation deviation : panel.consensusDeviations()) {
			deviations.add(new Deviation(deviation.criterionCode(), RequestFields.normal(deviation.consensus()),
					RequestFields.normal(deviation.min()), RequestFields.normal(deviation.max()), deviation.reason()));
		}
		return new ConsolidationResponse(result.rubricCode().name(), result.rubricVersion(),
				ConsolidationRequest.apiName(panel.method()), RequestFields.normal(result.total()),
				result.bandGrade().name(), result.grade().name(), result.grade().label(), result.capped(), expertTotals,
				criteria, deviations, result.explanation());
	}

}
