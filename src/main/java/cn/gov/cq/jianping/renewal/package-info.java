/**
 * 延续备案 (第八条, 第十六条(二)): institutions apply to renew their registration before it expires,
 * and the registering authority decides on the basis of the latest confirmed grade.
 */
@org.springframework.modulith.ApplicationModule(displayName = "renewal", allowedDependencies = { "audit", "document",
		"identity", "institution", "scoring", "scoring :: model", "shared", "supervision" })
package cn.gov.cq.jianping.renewal;
