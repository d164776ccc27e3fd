package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

/**
 * The score of one category, the exact sum of its item scores.
 *
 * @param code the category code
 * @param name the category name
 * @param score the awarded points
 * @param max the category's points
 */
public record CategoryScore(String code, String name, BigDecimal score, BigDecimal max) {
}
