package cn.gov.cq.jianping.scoring.model;

/**
 * A user-fixable problem of a rule set, located by item and/or criterion, with a Chinese
 * message.
 *
 * @param itemCode the item concerned, or {@code null} (e.g. for an unknown criterion
 * code)
 * @param criterionCode the criterion concerned, or {@code null} for item-level problems
 * @param message what is wrong, in Chinese
 */
public record RuleSetProblem(String itemCode, String criterionCode, String message) {
}
