package cn.gov.cq.jianping.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A conflict of interest declared between an expert and an institution. */
record ConflictForm(@NotNull(message = "{evaluation.conflict.institution.required}") Long institutionId,
		@NotBlank(message = "{evaluation.conflict.reason.required}") @Size(max = 1000,
				message = "{evaluation.reason.size}") String reason) {

}
