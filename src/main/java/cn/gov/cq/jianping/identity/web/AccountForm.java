package cn.gov.cq.jianping.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.identity.Role;

/**
 * A new account as the administrator types it; lengths follow {@code user_account} (V1
 * migration). The bindings a role needs are checked by {@link AccountFormValidator}, the
 * password policy by the service.
 */
record AccountForm(
		@NotNull(message = "{account.username.pattern}") @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}",
				message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.displayName.required}") @Size(max = 100,
				message = "{account.displayName.size}") String displayName,
		@NotNull(message = "{account.role.required}") Role role, Long institutionId, String districtCode,
		String password) {

	static AccountForm empty() {
		return new AccountForm(null, null, null, null, null, null);
	}

}
