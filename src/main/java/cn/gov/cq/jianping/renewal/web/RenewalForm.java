package cn.gov.cq.jianping.renewal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * 延续备案申请表: the scope the institution asks to keep (prefilled from its registration) and
 * its statement; the documents come as files beside it.
 */
record RenewalForm(
		@NotBlank(message = "请填写申请延续的备案范围（职业/工种）") @Size(max = 2000,
				message = "备案范围不超过 2000 字") String scopeOccupations,
		@NotBlank(message = "请填写评价场所") @Size(max = 2000, message = "评价场所不超过 2000 字") String evaluationSites,
		@NotBlank(message = "请填写申请说明（备案期内开展评价活动和管理服务情况）") @Size(max = 4000,
				message = "申请说明不超过 4000 字") String statement) {
}
