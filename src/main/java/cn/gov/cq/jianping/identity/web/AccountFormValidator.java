package cn.gov.cq.jianping.identity.web;

import cn.gov.cq.jianping.identity.Role;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * An institution account is bound to its institution, a district account to its district:
 * the account's data scope is derived from these bindings.
 */
class AccountFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return AccountForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AccountForm form = (AccountForm) target;
		if (form.role() == Role.INSTITUTION && form.institutionId() == null
				&& !errors.hasFieldErrors("institutionId")) {
			errors.rejectValue("institutionId", "account.institutionId.required");
		}
		if (form.role() == Role.DISTRICT && (form.districtCode() == null || form.districtCode().isBlank())) {
			errors.rejectValue("districtCode", "account.districtCode.required");
		}
	}

}
