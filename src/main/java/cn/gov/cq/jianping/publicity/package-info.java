/**
 * 公示, objections and re-review, confirmation, announcement, and the public grade lookup
 * (第十二条 to 第十四条).
 */
@org.springframework.modulith.ApplicationModule(displayName = "publicity",
		allowedDependencies = { "audit", "document", "evaluation", "evaluation :: model", "identity", "institution",
				"notification", "scoring", "scoring :: model", "shared" })
package cn.gov.cq.jianping.publicity;
