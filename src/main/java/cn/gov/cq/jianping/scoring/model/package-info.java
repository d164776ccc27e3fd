/**
 * The scoring model: rules, sheets, the engine and panel consolidation, used by the review chain.
 */
@org.springframework.modulith.NamedInterface("model")
package cn.gov.cq.jianping.scoring.model;
