package cn.gov.cq.jianping.publicity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.publicity.ObjectionDecision;

/**
 * The re-review form (第十三条) as typed, so a refused one is shown again with each message
 * beside its field.
 */
record DecideForm(Long entryId, Long version,
		@NotBlank(message = "{objection.verification.required}") String verification,
		@NotBlank(message = "{objection.verifiedBy.required}") @Size(max = 100,
				message = "{objection.verifiedBy.tooLong}") String verifiedBy,
		@NotNull(message = "{objection.upheld.required}") @Pattern(regexp = "true|false",
				message = "{objection.upheld.required}") String upheld,
		@NotBlank(message = "{objection.conclusion.required}") String conclusion,
		@NotBlank(message = "{objection.reply.required}") String reply) {

	Boolean upheldValue() {
		return "true".equals(this.upheld) ? Boolean.TRUE : "false".equals(this.upheld) ? Boolean.FALSE : null;
	}

	ObjectionDecision toDecision() {
		return new ObjectionDecision(this.version, this.verification, this.verifiedBy, upheldValue(), this.conclusion,
				this.reply);
	}

}
