package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.ApiErrors.FieldError;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.PanelConsolidation;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.VetoFinding;

/**
 * A checked request of {@code POST /api/v1/scoring/consolidate}; {@link #read} reports
 * every problem by field ({@code experts[1].criteria.L-01-1}) before anything is
 * consolidated.
 *
 * @param ruleSet the shipped default rule set of the current rubric
 * @param method the consolidation method
 * @param experts each expert's criterion scores, complete (omitted criteria score 0)
 * @param consensus the lead's agreed scores (CONSENSUS only, otherwise {@code null})
 * @param reasons the lead's reasons by criterion (CONSENSUS only)
 * @param vetoes the panel's veto findings
 */
record ConsolidationRequest(RuleSet ruleSet, ConsolidationMethod method, List<Map<String, BigDecimal>> experts,
		Map<String, BigDecimal> consensus, Map<String, String> reasons, List<VetoFinding> vetoes) {

	static final int MINIMUM_EXPERTS = 3;

	static final int MAXIMUM_EXPERTS = 15;

	/** The method names of the API; CONSENSUS is the model's LEAD_CONSENSUS. */
	static String apiName(ConsolidationMethod method) {
		return (method == ConsolidationMethod.LEAD_CONSENSUS) ? "CONSENSUS" : method.name();
	}

	/**
	 * Reads and checks the request; {@code errors} collects every problem, and the answer
	 * is only valid when none was found.
	 */
	static ConsolidationRequest read(JsonNode root, RubricCatalog catalog, List<FieldError> errors) {
		RubricCode code = RequestFields.rubric(root.get("rubric"), errors);
		RubricDefinition rubric = (code == null) ? null : catalog.current(code);
		RuleSet rules = (rubric == null) ? null : RuleSet.defaultFor(rubric);
		ConsolidationMethod method = method(root.get("method"), errors);
		List<Map<String, BigDecimal>> experts = experts(root.get("experts"), rules, method, catalog, errors);
		boolean consensusMethod = method == ConsolidationMethod.LEAD_CONSENSUS;
		Map<String, BigDecimal> consensus = null;
		Map<String, String> reasons = Map.of();
		if (consensusMethod) {
			consensus = scores("consensus", root.get("consensus"), rules, catalog, errors);
			reasons = reasons(root.get("reasons"), errors);
		}
		else if (method != null) {
			for (String field : List.of("consensus", "reasons")) {
				JsonNode node = root.get(field);
				if (node != null && !node.isNull()) {
					errors.add(new FieldError(field, "仅组长合议（CONSENSUS）可填写合议分及理由"));
				}
			}
		}
		List<VetoFinding> vetoes = RequestFields.vetoes(root.get("vetoes"), rubric, errors);
		return new ConsolidationRequest(rules, method, experts, consensus, reasons, vetoes);
	}

	private static ConsolidationMethod method(JsonNode node, List<FieldError> errors) {
		String hint = "，应为 MEAN（算术平均）、TRIMMED_MEAN（去掉最高分和最低分后平均）或 CONSENSUS（组长合议）";
		if (node == null || node.isNull()) {
			errors.add(new FieldError("method", "请指定汇总方法" + hint));
			return null;
		}
		String name = node.isString() ? node.asString() : node.toString();
		return switch (name) {
			case "MEAN" -> ConsolidationMethod.MEAN;
			case "TRIMMED_MEAN" -> ConsolidationMethod.TRIMMED_MEAN;
			case "CONSENSUS" -> ConsolidationMethod.LEAD_CONSENSUS;
			default -> {
				errors.add(new FieldError("method", "未知的汇总方法“" + name + "”" + hint));
				yield null;
			}
		};
	}

	private static List<Map<String, BigDecimal>> experts(JsonNode node, RuleSet rules, ConsolidationMethod method,
			RubricCatalog catalog, List<FieldError> errors) {
		List<Map<String, BigDecimal>> experts = new ArrayList<>();
		if (node == null || node.isNull() || !node.isArray()) {
			errors.add(
					new FieldError("experts", "experts 须为专家评分数组（" + MINIMUM_EXPERTS + " 至 " + MAXIMUM_EXPERTS + " 名）"));
			return experts;
		}
		int n = node.size();
		if (n < MINIMUM_EXPERTS) {
			errors.add(new FieldError("experts", "专家组至少须有 " + MINIMUM_EXPERTS + " 名专家评分（当前 " + n + " 名）"));
		}
		else if (n > MAXIMUM_EXPERTS) {
			errors.add(new FieldError("experts", "专家组最多 " + MAXIMUM_EXPERTS + " 名专家评分（当前 " + n + " 名）"));
		}
		else if (method == ConsolidationMethod.TRIMMED_MEAN && n < PanelConsolidation.TRIMMED_MEAN_MINIMUM_EXPERTS) {
			errors.add(new FieldError("experts",
					"去掉最高分和最低分后平均须至少 " + PanelConsolidation.TRIMMED_MEAN_MINIMUM_EXPERTS + " 名专家评分（当前 " + n + " 名）"));
		}
		for (int i = 0; i < n; i++) {
			JsonNode expert = node.get(i);
			String prefix = "experts[" + i + "]";
			if (!expert.isObject()) {
				errors.add(new FieldError(prefix, "每名专家的评分须为对象 {\"criteria\": {细则代码: 分值}}"));
				continue;
			}
			Map<String, BigDecimal> given = scores(prefix + ".criteria", expert.get("criteria"), rules, catalog,
					errors);
			if (rules != null && given != null) {
				// omitted criteria score 0
				Map<String, BigDecimal> complete = new LinkedHashMap<>();
				for (CriterionDefinition criterion : rules.rubric().criteria()) {
					complete.put(criterion.code(), given.getOrDefault(criterion.code(), BigDecimal.ZERO));
				}
				experts.add(complete);
			}
		}
		return experts;
	}

	private static Map<String, BigDecimal> scores(String prefix, JsonNode node, RuleSet rules, RubricCatalog catalog,
			List<FieldError> errors) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return scores;
		}
		if (!node.isObject()) {
			errors.add(new FieldError(prefix, prefix + " 须为“细则代码: 分值”的对象"));
			return null;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String code = entry.getKey();
			String field = prefix + "." + code;
			if (!entry.getValue().isNumber()) {
				errors.add(new FieldError(field, "分值须为数字"));
				continue;
			}
			BigDecimal points = entry.getValue().decimalValue();
			if (rules == null) {
				continue;
			}
			CriterionRule rule = rules.rubric().criterion(code).isPresent() ? rules.rule(code) : null;
			if (rule == null) {
				errors.add(new FieldError(field, unknownCode(code, rules.rubric(), catalog)));
				continue;
			}
			if (points.signum() < 0) {
				errors.add(new FieldError(field, "细则 " + code + " 分值不能为负数"));
			}
			else if (points.compareTo(rule.points()) > 0) {
				errors.add(new FieldError(field, "细则 " + code + " 分值 " + RequestFields.plain(points) + " 超过该细则满分 "
						+ RequestFields.plain(rule.points()) + " 分"));
			}
			else if (points.stripTrailingZeros().scale() > 2) {
				errors.add(new FieldError(field, "细则 " + code + " 分值最多保留 2 位小数"));
			}
			else {
				scores.put(code, points);
			}
		}
		return scores;
	}

	private static String unknownCode(String code, RubricDefinition rubric, RubricCatalog catalog) {
		for (RubricCode other : RubricCode.values()) {
			if (other != rubric.code() && catalog.current(other).criterion(code).isPresent()) {
				return "细则代码 " + code + " 属于评分标准 " + other + "（" + other.label() + "），不属于 " + rubric.code() + "（"
						+ rubric.code().label() + "）";
			}
		}
		return "细则代码 " + code + " 不属于评分标准 " + rubric.code() + "（" + rubric.code().label() + "）";
	}

	private static Map<String, String> reasons(JsonNode node, List<FieldError> errors) {
		Map<String, String> reasons = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return reasons;
		}
		if (!node.isObject()) {
			errors.add(new FieldError("reasons", "reasons 须为“细则代码: 理由”的对象"));
			return reasons;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!entry.getValue().isString()) {
				errors.add(new FieldError("reasons." + entry.getKey(), "理由须为文字"));
			}
			else {
				reasons.put(entry.getKey(), entry.getValue().asString());
			}
		}
		return reasons;
	}

}
