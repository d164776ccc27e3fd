package cn.gov.cq.jianping.shared;

/**
 * A district, county or management zone of Chongqing whose HR office registers 等级评价机构.
 *
 * @param code administrative code, e.g. {@code 500112}, or a zone code such as
 * {@code LJXQ}
 * @param name e.g. 渝北区
 */
public record District(String code, String name) {
}
