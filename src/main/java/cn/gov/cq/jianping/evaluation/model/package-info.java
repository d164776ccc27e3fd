/**
 * The review chain's rules in plain Java: stages, deadlines, the participation policy of
 * 第八条.
 */
@org.springframework.modulith.NamedInterface("model")
package cn.gov.cq.jianping.evaluation.model;
