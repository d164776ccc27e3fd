package cn.gov.cq.jianping.rubric;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One 评估类别 whose points are exactly the sum of its items' points.
 *
 * @param code category code, e.g. {@code C1}
 * @param name category name, e.g. 内部管理
 * @param points the category's maximum points
 * @param items the category's items in document order
 */
public record CategoryDefinition(String code, String name, BigDecimal points, List<ItemDefinition> items) {

	public CategoryDefinition {
		Checks.code(code, "category");
		Checks.text(name, "name of category " + code);
		Checks.points(points, "category " + code);
		items = List.copyOf(Objects.requireNonNull(items, "items of category " + code + " must not be null"));
		BigDecimal sum = BigDecimal.ZERO;
		for (ItemDefinition item : items) {
			sum = sum.add(item.points());
		}
		if (sum.compareTo(points) != 0) {
			throw new IllegalArgumentException("category " + code + " has " + points.toPlainString()
					+ " points but its items add up to " + sum.toPlainString());
		}
	}

}
