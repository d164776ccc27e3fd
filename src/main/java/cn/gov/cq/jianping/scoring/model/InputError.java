package cn.gov.cq.jianping.scoring.model;

/**
 * One invalid input, located by field (a criterion code, {@code items.A-01},
 * {@code vetoes[0].code}, …).
 *
 * @param field where the problem is
 * @param message what is wrong, in Chinese
 */
public record InputError(String field, String message) {
}
