package cn.gov.cq.jianping.identity.web;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The new password is typed twice, the same both times. */
class PasswordFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return PasswordForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PasswordForm form = (PasswordForm) target;
		if (form.newPassword() == null || !form.newPassword().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "password.confirmation.mismatch");
		}
	}

}
