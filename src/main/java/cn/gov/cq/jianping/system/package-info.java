/**
 * Infrastructure of the running system: database bootstrap, security, web configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "system", allowedDependencies = { "identity", "shared" })
package cn.gov.cq.jianping.system;
