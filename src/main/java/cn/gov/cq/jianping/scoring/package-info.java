/**
 * Detailed scoring rules (评分细则), the scoring engine, panel consolidation and the scoring
 * API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "scoring",
		allowedDependencies = { "audit", "identity", "rubric", "shared" })
package cn.gov.cq.jianping.scoring;
