package cn.gov.cq.jianping.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a case is sent back one step (district to institution, bureau to center). */
record ReturnForm(@NotBlank(message = "{evaluation.return.reason.required}") @Size(max = 1000,
		message = "{evaluation.reason.size}") String reason) {

}
