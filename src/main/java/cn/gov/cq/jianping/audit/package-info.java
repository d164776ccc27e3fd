/**
 * The audit trail: who did what, in which role, from where, on what, with which result;
 * append-only and hash-chained, kept and archived, read by the security auditor.
 */
@org.springframework.modulith.ApplicationModule(displayName = "audit", allowedDependencies = { "shared" })
package cn.gov.cq.jianping.audit;
