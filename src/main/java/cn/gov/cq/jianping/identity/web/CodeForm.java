package cn.gov.cq.jianping.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The 动态口令 (6 digits) or a 恢复码 typed on the second login step. */
record CodeForm(@NotBlank(message = "{totp.code.required}") @Size(max = 20, message = "{totp.code.size}") String code) {

	static CodeForm empty() {
		return new CodeForm(null);
	}

}
