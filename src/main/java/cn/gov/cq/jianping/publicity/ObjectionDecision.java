package cn.gov.cq.jianping.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The bureau's re-review of one objection (第十三条): what was verified and by whom, the
 * conclusion and the answer to the objector. {@code version} guards against a concurrent
 * decision.
 */
public record ObjectionDecision(Long version,
		@NotBlank(message = "{objection.verification.required}") String verification,
		@NotBlank(message = "{objection.verifiedBy.required}") @Size(max = 100,
				message = "{objection.verifiedBy.tooLong}") String verifiedBy,
		@NotNull(message = "{objection.upheld.required}") Boolean upheld,
		@NotBlank(message = "{objection.conclusion.required}") String conclusion,
		@NotBlank(message = "{objection.reply.required}") String reply) {

	ObjectionDecision trimmed() {
		return new ObjectionDecision(this.version, this.verification.trim(), this.verifiedBy.trim(), this.upheld,
				this.conclusion.trim(), this.reply.trim());
	}

}
