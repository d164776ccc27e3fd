package cn.gov.cq.jianping.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the center reopens an approved case for a new panel evaluation. */
record ReopenForm(@NotBlank(message = "{evaluation.reopen.reason.required}") @Size(max = 1000,
		message = "{evaluation.reason.size}") String reason) {

}
