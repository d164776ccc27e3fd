/**
 * The audit trail: who decided what, when, and why.
 */
@org.springframework.modulith.ApplicationModule(displayName = "audit", allowedDependencies = {})
package cn.gov.cq.jianping.audit;
