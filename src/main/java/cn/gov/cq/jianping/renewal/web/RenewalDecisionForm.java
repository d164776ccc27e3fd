package cn.gov.cq.jianping.renewal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The registering authority's decision on a renewal; the technical evaluation's outcome
 * is needed unless 第十六条(二) waives it (checked by the service, which knows the grade).
 */
record RenewalDecisionForm(@NotNull(message = "请选择准予或不予延续备案") Boolean approve,
		@NotBlank(message = "请填写决定理由") @Size(max = 2000, message = "决定理由不超过 2000 字") String reason,
		@Size(max = 2000, message = "技术评估情况不超过 2000 字") String technicalReview, Long version) {
}
