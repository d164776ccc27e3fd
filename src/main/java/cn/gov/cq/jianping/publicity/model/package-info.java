/**
 * Publicity rules in plain Java: the period and its last second, ID numbers, masking.
 */
@org.springframework.modulith.NamedInterface("model")
package cn.gov.cq.jianping.publicity.model;
