package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

/**
 * The score of one item; unscored criteria contribute 0 and leave the item incomplete.
 *
 * @param code the item code
 * @param name the item name
 * @param score the awarded points (0 when nothing is scored)
 * @param max the item's points
 * @param complete whether every criterion (or, item-level, the item itself) is scored
 */
public record ItemScore(String code, String name, BigDecimal score, BigDecimal max, boolean complete) {
}
