package cn.gov.cq.jianping.scoring.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One assessor's inputs keyed by criterion code; a criterion without an entry is not yet
 * scored.
 *
 * @param inputs the inputs by criterion code
 */
public record Sheet(Map<String, CriterionInput> inputs) {

	public Sheet {
		inputs = Map.copyOf(Objects.requireNonNull(inputs, "inputs must not be null"));
	}

	/**
	 * A sheet with nothing scored yet.
	 */
	public static Sheet empty() {
		return new Sheet(Map.of());
	}

	/**
	 * A copy of this sheet with one criterion's input set or replaced.
	 */
	public Sheet with(String criterionCode, CriterionInput input) {
		Map<String, CriterionInput> copy = new HashMap<>(this.inputs);
		copy.put(criterionCode, input);
		return new Sheet(copy);
	}

	/**
	 * A copy of this sheet without the given criterion's input.
	 */
	public Sheet without(String criterionCode) {
		Map<String, CriterionInput> copy = new HashMap<>(this.inputs);
		copy.remove(criterionCode);
		return new Sheet(copy);
	}

}
