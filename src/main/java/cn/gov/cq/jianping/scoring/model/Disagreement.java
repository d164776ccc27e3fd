package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

/**
 * How far the experts who scored one criterion disagree.
 *
 * @param criterionCode the criterion
 * @param min lowest expert score
 * @param max highest expert score
 * @param spread {@code max - min}
 * @param standardDeviation population standard deviation, rounded half-up to 2 decimals
 * @param experts number of experts who scored the criterion
 */
public record Disagreement(String criterionCode, BigDecimal min, BigDecimal max, BigDecimal spread,
		BigDecimal standardDeviation, int experts) {
}
