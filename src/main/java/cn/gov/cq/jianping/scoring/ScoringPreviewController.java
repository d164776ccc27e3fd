package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.model.CategoryScore;
import cn.gov.cq.jianping.scoring.model.InputError;
import cn.gov.cq.jianping.scoring.model.InvalidInputException;
import cn.gov.cq.jianping.scoring.model.ScoreResult;
import cn.gov.cq.jianping.scoring.model.ScoringEngine;
import cn.gov.cq.jianping.scoring.model.VetoFinding;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/scoring/preview}: public and stateless, scores item points with the current
 * rubric version. The body is read as a tree with decimals kept exact, so every problem can be
 * reported by field in Chinese.
 */
@RestController
class ScoringPreviewController {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final RubricCatalog catalog;

	private final ScoringEngine engine;

	ScoringPreviewController(RubricCatalog catalog, ScoringEngine engine) {
		this.catalog = catalog;
		this.engine = engine;
	}

	/** One 400 error: the field at fault and why, in Chinese. */
	record FieldError(String field, String message) {
	}

	record Errors(List<FieldError> errors) {
	}

	record Category(String code, String name, BigDecimal score, BigDecimal max) {
	}

	record Preview(String rubric, int rubricVersion, BigDecimal total, String bandGrade, String grade,
			String gradeLabel, boolean capped, boolean complete, List<String> missingItems, List<Category> categories,
			List<String> explanation) {
	}

	@PostMapping(path = "/api/v1/scoring/preview", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> preview(@RequestBody(required = false) String body) {
		List<FieldError> errors = new ArrayList<>();
		JsonNode root;
		try {
			root = (body == null || body.isBlank()) ? null : MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			return badRequest(List.of(new FieldError("body", "请求体不是有效的 JSON")));
		}
		if (root == null || !root.isObject()) {
			return badRequest(List.of(new FieldError("body", "请求体须为 JSON 对象")));
		}
		RubricCode code = rubric(root.get("rubric"), errors);
		RubricDefinition rubric = (code == null) ? null : this.catalog.current(code);
		Map<String, BigDecimal> items = items(root.get("items"), rubric, errors);
		List<VetoFinding> vetoes = vetoes(root.get("vetoes"), rubric, errors);
		if (!errors.isEmpty()) {
			return badRequest(errors);
		}
		try {
			return ResponseEntity.ok(toPreview(this.engine.scoreItems(rubric, items, vetoes)));
		}
		catch (InvalidInputException ex) {
			return badRequest(ex.errors().stream().map(e -> new FieldError(e.field(), e.message())).toList());
		}
	}

	private static RubricCode rubric(JsonNode node, List<FieldError> errors) {
		if (node == null || node.isNull()) {
			errors.add(new FieldError("rubric", "请指定评分标准：APPRAISAL（考核鉴定机构）或 LEVEL（等级评价机构）"));
			return null;
		}
		if (node.isString()) {
			try {
				return RubricCode.valueOf(node.asString());
			}
			catch (IllegalArgumentException ex) {
				// reported below
			}
		}
		errors.add(new FieldError("rubric", "未知的评分标准“" + node.asString() + "”，应为 APPRAISAL 或 LEVEL"));
		return null;
	}

	private static Map<String, BigDecimal> items(JsonNode node, RubricDefinition rubric, List<FieldError> errors) {
		Map<String, BigDecimal> items = new LinkedHashMap<>();
		if (node == null || node.isNull()) {
			return items;
		}
		if (!node.isObject()) {
			errors.add(new FieldError("items", "items 须为“项目代码: 分值”的对象"));
			return items;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			String field = "items." + entry.getKey();
			JsonNode value = entry.getValue();
			if (!value.isNumber()) {
				errors.add(new FieldError(field, "分值须为数字"));
				continue;
			}
			BigDecimal points = value.decimalValue();
			if (rubric != null && rubric.item(entry.getKey()).isEmpty()) {
				errors.add(new FieldError(field, "项目代码 " + entry.getKey() + " 不属于评分标准 " + rubric.code() + "（"
						+ rubric.code().label() + "）"));
				continue;
			}
			if (points.signum() < 0) {
				errors.add(new FieldError(field, "分值不能为负数"));
				continue;
			}
			if (points.stripTrailingZeros().scale() > 2) {
				errors.add(new FieldError(field, "分值最多保留 2 位小数"));
				continue;
			}
			if (rubric != null) {
				BigDecimal max = rubric.item(entry.getKey()).orElseThrow().points();
				if (points.compareTo(max) > 0) {
					errors.add(new FieldError(field, "分值 " + plain(points) + " 超过该项目满分 " + plain(max) + " 分"));
					continue;
				}
			}
			items.put(entry.getKey(), points);
		}
		return items;
	}

	private static List<VetoFinding> vetoes(JsonNode node, RubricDefinition rubric, List<FieldError> errors) {
		List<VetoFinding> vetoes = new ArrayList<>();
		if (node == null || node.isNull()) {
			return vetoes;
		}
		if (!node.isArray()) {
			errors.add(new FieldError("vetoes", "vetoes 须为数组"));
			return vetoes;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode veto = node.get(i);
			String prefix = "vetoes[" + i + "]";
			if (!veto.isObject()) {
				errors.add(new FieldError(prefix, "否定评判项须为对象 {code, severity}"));
				continue;
			}
			JsonNode codeNode = veto.get("code");
			String code = (codeNode != null && codeNode.isString()) ? codeNode.asString() : null;
			boolean codeOk = true;
			if (code == null) {
				errors.add(new FieldError(prefix + ".code", "请填写否定评判项代码"));
				codeOk = false;
			}
			else if (rubric != null && rubric.veto(code).isEmpty()) {
				errors.add(new FieldError(prefix + ".code", "否定评判项代码 " + code + " 不属于评分标准 " + rubric.code() + "（"
						+ rubric.code().label() + "）"));
				codeOk = false;
			}
			JsonNode severityNode = veto.get("severity");
			VetoSeverity severity = null;
			if (severityNode == null || severityNode.isNull()) {
				errors.add(new FieldError(prefix + ".severity", "请填写情节严重程度：BASIC（基本合格）或 UNQUALIFIED（不合格）"));
			}
			else {
				try {
					severity = severityNode.isString() ? VetoSeverity.valueOf(severityNode.asString()) : null;
				}
				catch (IllegalArgumentException ex) {
					severity = null;
				}
				if (severity == null) {
					errors.add(new FieldError(prefix + ".severity",
							"未知的情节严重程度“" + severityNode.asString() + "”，应为 BASIC 或 UNQUALIFIED"));
				}
			}
			if (codeOk && severity != null) {
				vetoes.add(VetoFinding.of(code, severity));
			}
		}
		return vetoes;
	}

	private static Preview toPreview(ScoreResult result) {
		List<Category> categories = new ArrayList<>();
		for (CategoryScore category : result.categories()) {
			categories.add(new Category(category.code(), category.name(), normal(category.score()), normal(category.max())));
		}
		return new Preview(result.rubricCode().name(), result.rubricVersion(), normal(result.total()),
				result.bandGrade().name(), result.grade().name(), result.grade().label(), result.capped(),
				result.complete(), result.missingItems(), categories, result.explanation());
	}

	/** Plain decimals in JSON: 88.5, never 88.50 or 1E+2. */
	static BigDecimal normal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static String plain(BigDecimal value) {
		return normal(value).toPlainString();
	}

	private static ResponseEntity<Errors> badRequest(List<FieldError> errors) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new Errors(errors));
	}

}
