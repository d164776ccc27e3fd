package cn.gov.cq.jianping.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.Role;

/**
 * A new account as the administrator types it; lengths follow {@code user_account} (V1
 * migration). The bindings a role needs are checked by {@link AccountFormValidator}; the
 * system chooses the initial password.
 */
record AccountForm(
		@NotNull(message = "{account.username.pattern}") @Pattern(regexp = "[A-Za-z0-9_.-]{3,50}",
				message = "{account.username.pattern}") String username,
		@NotBlank(message = "{account.displayName.required}") @Size(max = 100,
				message = "{account.displayName.size}") String displayName,
		@NotNull(message = "{account.role.required}") Role role, Long institutionId, String districtCode) {

	static AccountForm empty() {
		return new AccountForm(null, null, null, null, null);
	}

	Accounts.Opening toOpening() {
		return new Accounts.Opening(this.username, this.displayName.trim(), this.role, this.institutionId,
				this.districtCode);
	}

}
