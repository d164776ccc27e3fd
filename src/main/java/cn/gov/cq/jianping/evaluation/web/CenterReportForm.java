package cn.gov.cq.jianping.evaluation.web;

import jakarta.validation.constraints.Size;

/** The center's opinion when it reports the panel's result to the bureau (optional). */
record CenterReportForm(@Size(max = 1000, message = "{evaluation.center.opinion.size}") String opinion) {

}
