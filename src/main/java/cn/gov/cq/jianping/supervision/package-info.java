/**
 * Management by grade (第十五条 to 第二十条): plaques, inspections, rectification, decisions, complaints.
 */
@org.springframework.modulith.ApplicationModule(displayName = "supervision")
package cn.gov.cq.jianping.supervision;
