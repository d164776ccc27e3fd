package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.cq.jianping.rubric.CategoryDefinition;
import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricDefinition;

/**
 * Turns a panel's exact criterion scores into the shown result: every item, category and
 * the total are exact sums rounded down to 0.01 once, and the grades are those of the
 * exact total.
 */
final class PanelScoring {

	/** The shown result and the exact total it was graded on. */
	record Exact(ScoreResult result, ExactScore total) {
	}

	private PanelScoring() {
	}

	/**
	 * Rebuilds {@code shown} (the engine's result of the rounded-down criterion scores,
	 * which supplies criteria, completeness and vetoes) from the exact criterion scores.
	 */
	static Exact exact(RubricDefinition rubric, ScoreResult shown, Map<String, ExactScore> exact,
			List<ConsensusDeviation> deviations) {
		List<ItemScore> items = new ArrayList<>(shown.items().size());
		List<CategoryScore> categories = new ArrayList<>(rubric.categories().size());
		ExactScore total = ExactScore.ZERO;
		int itemIndex = 0;
		for (CategoryDefinition category : rubric.categories()) {
			ExactScore categoryScore = ExactScore.ZERO;
			for (ItemDefinition item : category.items()) {
				ExactScore itemScore = ExactScore.ZERO;
				for (CriterionDefinition criterion : item.criteria()) {
					ExactScore score = exact.get(criterion.code());
					if (score != null) {
						itemScore = itemScore.plus(score);
					}
				}
				ItemScore before = shown.items().get(itemIndex++);
				items.add(new ItemScore(before.code(), before.name(), itemScore.shown(), before.max(),
						before.complete()));
				categoryScore = categoryScore.plus(itemScore);
			}
			categories
				.add(new CategoryScore(category.code(), category.name(), categoryScore.shown(), category.points()));
			total = total.plus(categoryScore);
		}
		Grade bandGrade = total.grade();
		Optional<VetoCap> cap = VetoCap.strictest(shown.vetoes());
		Grade grade = cap.map((c) -> c.applyTo(bandGrade)).orElse(bandGrade);
		BigDecimal shownTotal = total.shown();
		List<String> explanation = new ArrayList<>(
				Explanation.lines(shownTotal, bandGrade, shown.complete(), shown.missingItems(), cap, shown.vetoes()));
		if (!total.isShownExactly()) {
			explanation.add(1,
					"专家组各细则按未舍入的平均分计算，精确总分约为 " + Numbers.plain(total.floor(6)) + " 分；各细则得分和总分均舍去至 0.01 分显示，等级按精确总分评定。");
		}
		for (ConsensusDeviation deviation : deviations) {
			explanation.add("细则 " + deviation.criterionCode() + " 组长合议分 " + Numbers.plain(deviation.consensus())
					+ " 分超出专家评分范围 " + Numbers.plain(deviation.min()) + " 至 " + Numbers.plain(deviation.max()) + " 分，理由："
					+ deviation.reason());
		}
		ScoreResult result = new ScoreResult(shown.rubricCode(), shown.rubricVersion(), shown.criteria(), items,
				categories, shownTotal, bandGrade, grade, grade.isLowerThan(bandGrade), shown.complete(),
				shown.missingItems(), shown.vetoes(), explanation);
		return new Exact(result, total);
	}

}
