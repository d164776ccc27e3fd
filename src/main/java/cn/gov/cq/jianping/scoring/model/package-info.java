/**
 * The scoring domain (rule sets, sheets, the engine, grades, panel consolidation), exposed to the
 * evaluation module, which scores its sheets with it.
 */
@org.springframework.modulith.NamedInterface("model")
package cn.gov.cq.jianping.scoring.model;
