/**
 * Supervision rules in plain Java: consequences per grade, the reproducible draw, the
 * complaint warning.
 */
@org.springframework.modulith.NamedInterface("model")
package cn.gov.cq.jianping.supervision.model;
