/**
 * 备案机构库: the registry of the institutions that are evaluated, with data scope per role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "institution")
package cn.gov.cq.jianping.institution;
