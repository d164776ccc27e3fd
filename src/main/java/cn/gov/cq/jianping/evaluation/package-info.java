/**
 * Evaluation rounds and the review chain: self-assessment, district review, expert panel,
 * bureau approval.
 */
@org.springframework.modulith.ApplicationModule(displayName = "evaluation", allowedDependencies = { "audit", "document",
		"identity", "institution", "messaging", "rubric", "scoring", "scoring :: model", "shared" })
package cn.gov.cq.jianping.evaluation;
