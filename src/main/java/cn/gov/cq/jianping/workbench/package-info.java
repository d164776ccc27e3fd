/**
 * Each role's home page: what is waiting for them and where to go next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "workbench")
package cn.gov.cq.jianping.workbench;
