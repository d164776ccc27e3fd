/**
 * Fictional demo data, so a new user finds every role's pages filled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "demo",
		allowedDependencies = { "evaluation", "evaluation :: model", "identity", "institution", "publicity",
				"publicity :: model", "rubric", "scoring", "scoring :: model", "shared" })
package cn.gov.cq.jianping.demo;
