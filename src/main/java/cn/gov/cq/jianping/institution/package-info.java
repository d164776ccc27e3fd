/**
 * 备案机构库: the registry of the institutions that are evaluated, with data scope per role.
 */
@org.springframework.modulith.ApplicationModule(displayName = "institution",
		allowedDependencies = { "audit", "identity", "shared", "document" })
package cn.gov.cq.jianping.institution;
