/**
 * Infrastructure of the running system: database bootstrap, security, web configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "system")
package cn.gov.cq.jianping.system;
