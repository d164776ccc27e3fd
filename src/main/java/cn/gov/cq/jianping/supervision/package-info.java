/**
 * Management by grade (第十五条 to 第二十条): plaques, inspections, rectification, decisions,
 * complaints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "supervision",
		allowedDependencies = { "audit", "document", "evaluation", "evaluation :: model", "identity", "institution",
				"messaging", "publicity", "publicity :: model", "scoring", "scoring :: model", "shared" })
package cn.gov.cq.jianping.supervision;
