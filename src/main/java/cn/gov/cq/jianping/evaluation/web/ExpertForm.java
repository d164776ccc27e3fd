package cn.gov.cq.jianping.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the center types to add an expert to the pool; kept and shown again, with each
 * error beside its field, when something is wrong. The messages are keys in
 * {@code messages.properties}.
 */
record ExpertForm(
		@NotBlank(message = "{evaluation.expert.username.required}") @Size(max = 50,
				message = "{evaluation.expert.username.size}") @Pattern(regexp = "[A-Za-z0-9._-]*",
						message = "{evaluation.expert.username.pattern}") String username,
		@NotBlank(message = "{evaluation.expert.name.required}") @Size(max = 50,
				message = "{evaluation.expert.name.size}") String name,
		@Size(max = 100, message = "{evaluation.expert.speciality.size}") String speciality,
		@Size(max = 100, message = "{evaluation.expert.employer.size}") String employer) {

	static final ExpertForm EMPTY = new ExpertForm(null, null, null, null);

}
