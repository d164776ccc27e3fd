package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import cn.gov.cq.jianping.rubric.RubricCatalog;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.ApiErrors.FieldError;
import cn.gov.cq.jianping.scoring.model.CategoryScore;
import cn.gov.cq.jianping.scoring.model.InvalidInputException;
import cn.gov.cq.jianping.scoring.model.ScoreResult;
import cn.gov.cq.jianping.scoring.model.ScoringEngine;
import cn.gov.cq.jianping.scoring.model.VetoFinding;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/scoring/preview}: public and stateless, scores item points with the
 * current rubric version. The body is read as a tree with decimals kept exact, so every
 * problem can be reported by field in Chinese.
 */
@RestController
class ScoringPreviewController {

	private final RubricCatalog catalog;

	private final ScoringEngine engine;

	ScoringPreviewController(RubricCatalog catalog, ScoringEngine engine) {
		this.catalog = catalog;
		this.engine = engine;
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
			root = StrictJson.readObject(body);
		}
		catch (StrictJson.Unreadable ex) {
			return ApiErrors.badRequest(List.of(ex.error()));
		}
		RubricCode code = RequestFields.rubric(root.get("rubric"), errors);
		RubricDefinition rubric = (code == null) ? null : this.catalog.current(code);
		Map<String, BigDecimal> items = items(root.get("items"), rubric, errors);
		List<VetoFinding> vetoes = RequestFields.vetoes(root.get("vetoes"), rubric, errors);
		if (!errors.isEmpty()) {
			return ApiErrors.badRequest(errors);
		}
		try {
			return ResponseEntity.ok(toPreview(this.engine.scoreItems(rubric, items, vetoes)));
		}
		catch (InvalidInputException ex) {
			return ApiErrors.badRequest(ex.errors().stream().map(FieldError::of).toList());
		}
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
				errors.add(new FieldError(field,
						"项目代码 " + entry.getKey() + " 不属于评分标准 " + rubric.code() + "（" + rubric.code().label() + "）"));
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
					errors.add(new FieldError(field,
							"分值 " + RequestFields.plain(points) + " 超过该项目满分 " + RequestFields.plain(max) + " 分"));
					continue;
				}
			}
			items.put(entry.getKey(), points);
		}
		return items;
	}

	private static Preview toPreview(ScoreResult result) {
		List<Category> categories = new ArrayList<>();
		for (CategoryScore category : result.categories()) {
			categories.add(new Category(category.code(), category.name(), RequestFields.normal(category.score()),
					RequestFields.normal(category.max())));
		}
		return new Preview(result.rubricCode().name(), result.rubricVersion(), RequestFields.normal(result.total()),
				result.bandGrade().name(), result.grade().name(), result.grade().label(), result.capped(),
				result.complete(), result.missingItems(), categories, result.explanation());
	}

}
