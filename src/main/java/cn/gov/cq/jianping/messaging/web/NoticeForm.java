package cn.gov.cq.jianping.messaging.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** The staff notice form: what it says and to whom it goes. */
record NoticeForm(@NotBlank(message = "请填写标题") @Size(max = 200, message = "标题不能超过 200 字") String title,
		@NotBlank(message = "请填写正文") @Size(max = 5000, message = "正文不能超过 5000 字") String body,
		@NotEmpty(message = "请至少选择一类发送对象") List<String> roles, List<String> districts) {

	static NoticeForm empty() {
		return new NoticeForm("", "", List.of(), List.of());
	}

	public boolean hasRole(String role) {
		return this.roles != null && this.roles.contains(role);
	}

	public boolean hasDistrict(String code) {
		return this.districts != null && this.districts.contains(code);
	}

}
