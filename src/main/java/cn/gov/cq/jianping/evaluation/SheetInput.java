package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

/**
 * What a user submits for a sheet: inputs and notes per criterion (or per item for the
 * district), vetoes, an opinion, and the version they started from.
 */
public record SheetInput(Map<String, CriterionInput> inputs, Map<String, String> notes, Map<String, VetoInput> vetoes,
		String opinion, Long version) {

	/** A veto declared or found; severity is for the panel to judge. */
	public record VetoInput(VetoSeverity severity, String reason) {
	}

	public static SheetInput ofValues(Map<String, BigDecimal> values, Long version) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		values.forEach((code, value) -> inputs.put(code, CriterionInput.value(value)));
		return new SheetInput(inputs, Map.of(), Map.of(), null, version);
	}

}
