package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import cn.gov.cq.jianping.rubric.CategoryDefinition;
import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricDefinition;

/**
 * Scores sheets against a rule set and grades the total under 第七条, taking 否定评判项 into
 * account.
 *
 * <p>
 * The engine holds no state, so one instance can be shared by any number of threads.
 * Invalid inputs are collected and reported together in an {@link InvalidInputException};
 * a rule set with problems is refused with an {@link InvalidRuleSetException}.
 */
public final class ScoringEngine {

	/**
	 * Scores a sheet of criterion inputs; criteria without input are reported as missing.
	 */
	public ScoreResult score(RuleSet ruleSet, Sheet sheet, List<VetoFinding> vetoes) {
		Objects.requireNonNull(ruleSet, "rule set must not be null");
		Objects.requireNonNull(sheet, "sheet must not be null");
		Objects.requireNonNull(vetoes, "vetoes must not be null");
		CriterionRule[] rules = ruleSet.checkedRules();
		RubricDefinition rubric = ruleSet.rubric();
		Map<String, CriterionInput> inputs = sheet.inputs();
		BigDecimal[] scores = new BigDecimal[rules.length];
		List<InputError> errors = new ArrayList<>(0);
		int found = 0;
		int index = 0;
		for (CategoryDefinition category : rubric.categories()) {
			for (ItemDefinition item : category.items()) {
				for (CriterionDefinition criterion : item.criteria()) {
					CriterionInput input = inputs.get(criterion.code());
					if (input != null) {
						found++;
						scores[index] = RuleEvaluation.evaluate(rules[index], input, errors);
					}
					index++;
				}
			}
		}
		if (found != inputs.size()) {
			reportUnknownCriteria(rubric, inputs.keySet(), errors);
		}
		checkVetoes(rubric, vetoes, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return assemble(rubric, rules, scores, null, vetoes);
	}

	/**
	 * Scores a single criterion input against its rule, e.g. for a live preview while an
	 * assessor types.
	 */
	public BigDecimal scoreCriterion(CriterionRule rule, CriterionInput input) {
		Objects.requireNonNull(rule, "rule must not be null");
		Objects.requireNonNull(input, "input must not be null");
		if (rule.points() == null || rule.type() == null) {
			throw new IllegalArgumentException("rule " + rule.criterionCode() + " is incomplete");
		}
		List<InputError> errors = new ArrayList<>(0);
		BigDecimal score = RuleEvaluation.evaluate(rule, input, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return score;
	}

	/**
	 * Scores already computed criterion scores (e.g. a panel's consolidated scores); each
	 * must lie in [0, the criterion's points] with at most 2 decimals.
	 */
	public ScoreResult scoreCriterionScores(RuleSet ruleSet, Map<String, BigDecimal> criterionScores,
			List<VetoFinding> vetoes) {
		Objects.requireNonNull(ruleSet, "rule set must not be null");
		Objects.requireNonNull(criterionScores, "criterion scores must not be null");
		Objects.requireNonNull(vetoes, "vetoes must not be null");
		CriterionRule[] rules = ruleSet.checkedRules();
		RubricDefinition rubric = ruleSet.rubric();
		BigDecimal[] scores = new BigDecimal[rules.length];
		List<InputError> errors = new ArrayList<>(0);
		int found = 0;
		int index = 0;
		for (CategoryDefinition category : rubric.categories()) {
			for (ItemDefinition item : category.items()) {
				for (CriterionDefinition criterion : item.criteria()) {
					String code = criterion.code();
					if (criterionScores.containsKey(code)) {
						found++;
						BigDecimal score = criterionScores.get(code);
						String problem = pointsProblem(score, rules[index].points());
						if (problem != null) {
							errors.add(new InputError(code, "细则 " + code + problem));
						}
						else {
							scores[index] = score;
						}
					}
					index++;
				}
			}
		}
		if (found != criterionScores.size()) {
			reportUnknownCriteria(rubric, criterionScores.keySet(), errors);
		}
		checkVetoes(rubric, vetoes, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return assemble(rubric, rules, scores, null, vetoes);
	}

	/**
	 * Scores item points directly (no criteria); each must lie in [0, the item's points]
	 * with at most 2 decimals, and items without an entry are reported as missing.
	 */
	public ScoreResult scoreItems(RubricDefinition rubric, Map<String, BigDecimal> itemPoints,
			List<VetoFinding> vetoes) {
		Objects.requireNonNull(rubric, "rubric must not be null");
		Objects.requireNonNull(itemPoints, "item points must not be null");
		Objects.requireNonNull(vetoes, "vetoes must not be null");
		List<InputError> errors = new ArrayList<>(0);
		List<BigDecimal> scores = new ArrayList<>();
		int found = 0;
		for (CategoryDefinition category : rubric.categories()) {
			for (ItemDefinition item : category.items()) {
				BigDecimal score = null;
				if (itemPoints.containsKey(item.code())) {
					found++;
					BigDecimal given = itemPoints.get(item.code());
					String problem = pointsProblem(given, item.points());
					if (problem != null) {
						errors.add(new InputError("items." + item.code(),
								"项目 " + item.code() + " " + item.name() + problem));
					}
					else {
						score = given;
					}
				}
				scores.add(score);
			}
		}
		if (found != itemPoints.size()) {
			for (String code : new TreeSet<>(itemPoints.keySet())) {
				if (rubric.item(code).isEmpty()) {
					errors.add(new InputError("items." + code, "项目代码 " + code + " 不属于评分标准《" + rubric.name() + "》"));
				}
			}
		}
		checkVetoes(rubric, vetoes, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return assemble(rubric, null, null, scores.toArray(new BigDecimal[0]), vetoes);
	}

	/**
	 * Returns the Chinese problem (starting with “：”) of a given score, or {@code null}
	 * when it is valid.
	 */
	static String pointsProblem(BigDecimal score, BigDecimal max) {
		if (score == null) {
			return "：须填写得分";
		}
		if (score.signum() < 0) {
			return "：得分不能为负数（" + Numbers.plain(score) + "）";
		}
		if (score.compareTo(max) > 0) {
			return "：得分 " + Numbers.plain(score) + " 超过满分 " + Numbers.plain(max) + " 分";
		}
		if (!Numbers.hasAtMostTwoDecimals(score)) {
			return "：得分最多保留 2 位小数（" + score.toPlainString() + "）";
		}
		return null;
	}

	private static void reportUnknownCriteria(RubricDefinition rubric, Iterable<String> codes,
			List<InputError> errors) {
		TreeSet<String> sorted = new TreeSet<>();
		codes.forEach(sorted::add);
		for (String code : sorted) {
			if (rubric.criterion(code).isEmpty()) {
				errors.add(new InputError(code, "细则代码 " + code + " 不属于评分标准《" + rubric.name() + "》"));
			}
		}
	}

	private static void checkVetoes(RubricDefinition rubric, List<VetoFinding> vetoes, List<InputError> errors) {
		for (int i = 0; i < vetoes.size(); i++) {
			VetoFinding finding = vetoes.get(i);
			if (finding == null) {
				errors.add(new InputError("vetoes[" + i + "]", "否定评判项不能为空"));
			}
			else if (rubric.veto(finding.code()).isEmpty()) {
				errors.add(new InputError("vetoes[" + i + "].code",
						"否定评判项代码 " + finding.code() + " 不属于评分标准《" + rubric.name() + "》"));
			}
		}
	}

	/**
	 * Builds the result; criterion mode when {@code rules} is given, item mode otherwise.
	 */
	private static ScoreResult assemble(RubricDefinition rubric, CriterionRule[] rules, BigDecimal[] criterionScores,
			BigDecimal[] itemScores, List<VetoFinding> vetoes) {
		List<CriterionScore> criteria = (rules != null) ? new ArrayList<>(rules.length) : List.of();
		List<ItemScore> items = new ArrayList<>(32);
		List<CategoryScore> categories = new ArrayList<>(rubric.categories().size());
		List<String> missing = new ArrayList<>(0);
		BigDecimal total = BigDecimal.ZERO;
		int criterionIndex = 0;
		int itemIndex = 0;
		for (CategoryDefinition category : rubric.categories()) {
			BigDecimal categoryScore = BigDecimal.ZERO;
			for (ItemDefinition item : category.items()) {
				BigDecimal itemScore;
				boolean complete;
				if (rules != null) {
					itemScore = BigDecimal.ZERO;
					complete = true;
					for (CriterionDefinition criterion : item.criteria()) {
						CriterionRule rule = rules[criterionIndex];
						BigDecimal score = criterionScores[criterionIndex];
						criteria.add(new CriterionScore(criterion.code(), score, rule.points(), rule.type()));
						if (score == null) {
							complete = false;
						}
						else {
							itemScore = itemScore.add(score);
						}
						criterionIndex++;
					}
				}
				else {
					BigDecimal given = itemScores[itemIndex];
					complete = given != null;
					itemScore = complete ? given : BigDecimal.ZERO;
				}
				itemIndex++;
				items.add(new ItemScore(item.code(), item.name(), itemScore, item.points(), complete));
				if (!complete) {
					missing.add(item.code());
				}
				categoryScore = categoryScore.add(itemScore);
			}
			categories.add(new CategoryScore(category.code(), category.name(), categoryScore, category.points()));
			total = total.add(categoryScore);
		}
		Grade bandGrade = Grade.ofTotal(total);
		Optional<VetoCap> cap = VetoCap.strictest(vetoes);
		Grade grade = cap.map((c) -> c.applyTo(bandGrade)).orElse(bandGrade);
		boolean complete = missing.isEmpty();
		List<String> explanation = Explanation.lines(total, bandGrade, complete, missing, cap, vetoes);
		return new ScoreResult(rubric.code(), rubric.version(), criteria, items, categories, total, bandGrade, grade,
				grade.isLowerThan(bandGrade), complete, missing, vetoes, explanation);
	}

}
