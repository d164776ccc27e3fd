/**
 * The audit trail: who decided what, when, and why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "audit")
package cn.gov.cq.jianping.audit;
