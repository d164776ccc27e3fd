package cn.gov.cq.jianping.identity.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The 验证码 comes before the lockout: with as many failures for the one as for the other,
 * anyone could lock an account without ever being asked a challenge.
 */
class SecuritySettingsFormValidator implements Validator {

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
	}

}
