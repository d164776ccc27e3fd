/**
 * The two annexed rubrics of 渝人社发〔2021〕33号 as versioned, immutable data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "rubric", allowedDependencies = {})
package cn.gov.cq.jianping.rubric;
