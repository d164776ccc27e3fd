package cn.gov.cq.jianping.identity.web;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.identity.SecurityPolicy;

/**
 * The security settings as 安全管理员 types them; ranges follow the V171 checks, the address
 * list is checked by {@link SecuritySettingsFormValidator}.
 */
record SecuritySettingsForm(
		@NotNull(message = "{security.passwordExpiryDays.range}") @Min(value = 0,
				message = "{security.passwordExpiryDays.range}") @Max(value = 3650,
						message = "{security.passwordExpiryDays.range}") Integer passwordExpiryDays,
		@NotNull(message = "{security.lockoutThreshold.range}") @Min(value = 3,
				message = "{security.lockoutThreshold.range}") @Max(value = 20,
						message = "{security.lockoutThreshold.range}") Integer lockoutThreshold,
		@NotNull(message = "{security.lockoutMinutes.range}") @Min(value = 1,
				message = "{security.lockoutMinutes.range}") @Max(
						value = 1440, message = "{security.lockoutMinutes.range}") Integer lockoutMinutes,
		Set<Role> mfaRoles,
		@NotNull(message = "{security.maxSessions.range}") @Min(value = 0,
				message = "{security.maxSessions.range}") @Max(value = 20,
						message = "{security.maxSessions.range}") Integer maxSessions,
		@NotNull(message = "{security.sessionLifetimeHours.range}") @Min(value = 1,
				message = "{security.sessionLifetimeHours.range}") @Max(value = 72,
						message = "{security.sessionLifetimeHours.range}") Integer sessionLifetimeHours,
		@NotNull(message = "{security.captchaAfterFailures.range}") @Min(value = 1,
				message = "{security.captchaAfterFailures.range}") @Max(value = 19,
						message = "{security.captchaAfterFailures.range}") Integer captchaAfterFailures,
		@Size(max = 1000, message = "{security.adminAllowedNetworks.size}") String adminAllowedNetworks) {

	static SecuritySettingsForm of(SecurityPolicy.Settings settings) {
		return new SecuritySettingsForm(settings.passwordExpiryDays(), settings.lockoutThreshold(),
				settings.lockoutMinutes(), settings.mfaRoles(), settings.maxSessions(), settings.sessionLifetimeHours(),
				settings.captchaAfterFailures(), settings.adminAllowedNetworks());
	}

	SecurityPolicy.Settings toSettings() {
		return new SecurityPolicy.Settings(this.passwordExpiryDays, this.lockoutThreshold, this.lockoutMinutes,
				this.mfaRoles == null ? Set.of() : this.mfaRoles, this.maxSessions, this.sessionLifetimeHours,
				this.captchaAfterFailures, this.adminAllowedNetworks == null ? "" : this.adminAllowedNetworks);
	}

}
