/**
 * Each role's home page: what is waiting for them and where to go next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "workbench", allowedDependencies = { "evaluation",
		"evaluation :: model", "identity", "institution", "publicity", "renewal", "shared", "supervision" })
package cn.gov.cq.jianping.workbench;
