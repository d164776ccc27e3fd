package cn.gov.cq.jianping.identity.web;

import cn.gov.cq.jianping.identity.AllowedNetworks;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The 验证码 comes before the lockout: with as many failures for the one as for the other,
 * anyone could lock an account without ever being asked a challenge. Every entry of the
 * administrators' address list is an IPv4 or IPv6 address or range, and the list lets in
 * the 安全管理员 who saves it: a list that excludes their own address would lock them out at
 * the next request.
 */
class SecuritySettingsFormValidator implements Validator {

	private static final String FIELD = "adminAllowedNetworks";

	private final String clientAddress;

	SecuritySettingsFormValidator(String clientAddress) {
		this.clientAddress = clientAddress;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SecuritySettingsForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SecuritySettingsForm form = (SecuritySettingsForm) target;
		if (form.captchaAfterFailures() != null && form.lockoutThreshold() != null
				&& form.captchaAfterFailures() >= form.lockoutThreshold()) {
			errors.rejectValue("captchaAfterFailures", "security.captchaAfterFailures.beforeLockout");
		}
		String list = form.adminAllowedNetworks();
		if (errors.hasFieldErrors(FIELD)) {
			return;
		}
		String invalid = AllowedNetworks.firstInvalid(list).orElse(null);
		if (invalid != null) {
			errors.rejectValue(FIELD, "security.adminAllowedNetworks.invalid", new Object[] { invalid }, null);
		}
		else if (!AllowedNetworks.parse(list).allows(this.clientAddress)) {
			errors.rejectValue(FIELD, "security.adminAllowedNetworks.selfLockout",
					new Object[] { String.valueOf(this.clientAddress) }, null);
		}
	}

}
