package cn.gov.cq.jianping.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.ApiErrors.FieldError;
import cn.gov.cq.jianping.scoring.model.VetoFinding;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

/**
 * Fields the public scoring APIs share: the rubric, the veto findings and plain decimals
 * in answers.
 */
final class RequestFields {

	private RequestFields() {
	}

	static RubricCode rubric(JsonNode node, List<FieldError> errors) {
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

	static List<VetoFinding> vetoes(JsonNode node, RubricDefinition rubric, List<FieldError> errors) {
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
				errors.add(new FieldError(prefix + ".code",
						"否定评判项代码 " + code + " 不属于评分标准 " + rubric.code() + "（" + rubric.code().label() + "）"));
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

	/** Plain decimals in JSON: 88.5, never 88.50 or 1E+2. */
	static BigDecimal normal(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	static String plain(BigDecimal value) {
		return normal(value).toPlainString();
	}

}
