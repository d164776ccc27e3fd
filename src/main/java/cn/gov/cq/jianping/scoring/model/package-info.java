/**
 * The scoring engine: plain Java on BigDecimal, no Spring; exposed to other modules as
 * their scoring vocabulary.
 */
@org.springframework.modulith.NamedInterface("model")
package cn.gov.cq.jianping.scoring.model;
