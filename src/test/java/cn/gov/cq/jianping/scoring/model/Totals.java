package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricDefinition;

/**
 * Builds item-level inputs that add up to a chosen total.
 */
final class Totals {

	private Totals() {
	}

	/**
	 * Fills items in document order with full points until the total is reached.
	 */
	static Map<String, BigDecimal> itemPointsFor(RubricDefinition rubric, BigDecimal total) {
		Map<String, BigDecimal> points = new LinkedHashMap<>();
		BigDecimal remaining = total;
		for (ItemDefinition item : rubric.items()) {
			BigDecimal given = remaining.min(item.points()).max(BigDecimal.ZERO);
			points.put(item.code(), given);
			remaining = remaining.subtract(given);
		}
		if (remaining.signum() != 0) {
			throw new IllegalArgumentException("total exceeds rubric: " + total);
		}
		return points;
	}

}
