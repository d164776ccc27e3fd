/**
 * 统计分析: dashboards for the bureau and the center (a district office sees its own), every
 * figure an SQL aggregate shown as a chart with its data table and an export.
 */
@org.springframework.modulith.ApplicationModule(displayName = "dashboard", allowedDependencies = { "document",
		"evaluation :: model", "identity", "institution", "scoring :: model", "shared" })
package cn.gov.cq.jianping.dashboard;
