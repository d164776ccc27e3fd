package cn.gov.cq.jianping.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The status change on an institution's page: the new status and why (kept in the
 * institution's record, a text column).
 *
 * @param version the version the user saw, for optimistic locking
 */
record StatusChangeForm(@NotNull(message = "{institution.status.required}") InstitutionStatus status,
		@NotBlank(message = "{institution.status.reason.required}") String reason, Long version) {

}
