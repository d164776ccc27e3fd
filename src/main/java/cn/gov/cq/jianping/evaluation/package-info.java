/**
 * Evaluation rounds and the review chain: self-assessment, district review, expert panel, bureau approval.
 */
@org.springframework.modulith.ApplicationModule(displayName = "evaluation")
package cn.gov.cq.jianping.evaluation;
