/**
 * Accounts, roles, login, lockout and each role's home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "identity", allowedDependencies = { "audit", "shared" })
package cn.gov.cq.jianping.identity;
