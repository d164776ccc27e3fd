/**
 * Small value objects and the clock that every module may use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.gov.cq.jianping.shared;
