/**
 * Fictional demo data, so a new user finds every role's pages filled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "demo")
package cn.gov.cq.jianping.demo;
