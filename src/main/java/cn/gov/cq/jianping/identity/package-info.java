/**
 * Accounts, roles, login with 动态口令, sessions, lockout and each role's home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "identity",
		allowedDependencies = { "audit", "document", "shared" })
package cn.gov.cq.jianping.identity;
