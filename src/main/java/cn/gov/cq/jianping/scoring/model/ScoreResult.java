package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import cn.gov.cq.jianping.rubric.RubricCode;

/**
 * The outcome of scoring one sheet: scores at every level, the grades and a Chinese
 * explanation.
 *
 * @param rubricCode the rubric scored against
 * @param rubricVersion the rubric version scored against
 * @param criteria criterion scores in document order (empty for item-level scoring)
 * @param items item scores in document order
 * @param categories category scores in document order
 * @param total exact sum of the category scores, never rounded
 * @param bandGrade the grade 第七条 gives the exact total
 * @param grade the final grade: the lower of {@code bandGrade} and the strictest veto cap
 * @param capped whether a veto made {@code grade} lower than {@code bandGrade}
 * @param complete whether every item is fully scored
 * @param missingItems codes of items not fully scored, in document order
 * @param vetoes the veto findings taken into account
 * @param explanation Chinese lines explaining the result
 */
public record ScoreResult(RubricCode rubricCode, int rubricVersion, List<CriterionScore> criteria,
		List<ItemScore> items, List<CategoryScore> categories, BigDecimal total, Grade bandGrade, Grade grade,
		boolean capped, boolean complete, List<String> missingItems, List<VetoFinding> vetoes,
		List<String> explanation) {

	public ScoreResult {
		Objects.requireNonNull(rubricCode, "rubric code must not be null");
		Objects.requireNonNull(total, "total must not be null");
		Objects.requireNonNull(bandGrade, "band grade must not be null");
		Objects.requireNonNull(grade, "grade must not be null");
		criteria = List.copyOf(criteria);
		items = List.copyOf(items);
		categories = List.copyOf(categories);
		missingItems = List.copyOf(missingItems);
		vetoes = List.copyOf(vetoes);
		explanation = List.copyOf(explanation);
	}

}
