package cn.gov.cq.jianping.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One 评估项目 with its points and the criteria the assessors check to award them.
 *
 * @param code item code, e.g. {@code A-01}
 * @param name item name, e.g. 岗位设置
 * @param points the item's maximum points
 * @param criteria the item's criteria in document order (at least one)
 */
public record ItemDefinition(String code, String name, BigDecimal points, List<CriterionDefinition> criteria) {

	public ItemDefinition {
		Checks.code(code, "item");
		Checks.text(name, "name of item " + code);
		Checks.points(points, "item " + code);
		criteria = List.copyOf(Objects.requireNonNull(criteria, "criteria of item " + code + " must not be null"));
		if (criteria.isEmpty()) {
			throw new IllegalArgumentException("item " + code + " must have at least one criterion");
		}
	}

}
