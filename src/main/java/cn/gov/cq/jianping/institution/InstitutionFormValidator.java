package cn.gov.cq.jianping.institution;

import cn.gov.cq.jianping.shared.Districts;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The rules of a registration that look at more than one field, or beyond the form: the
 * authority is the city or a district of Chongqing, 考核鉴定机构 are registered by the city
 * only, and a registration expires after the day it was made. Single fields are checked
 * by the constraints on {@link InstitutionForm}.
 */
class InstitutionFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return InstitutionForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		InstitutionForm form = (InstitutionForm) target;
		String authority = form.authority();
		if (authority != null && !InstitutionForm.CITY.equals(authority)) {
			if (Districts.all().byCode(authority).isEmpty()) {
				errors.rejectValue("authority", "institution.authority.unknown", new Object[] { authority }, null);
			}
			else if (form.type() == InstitutionType.APPRAISAL) {
				errors.rejectValue("authority", "institution.authority.appraisalByCity");
			}
		}
		if (form.registeredOn() != null && form.expiresOn() != null && !form.expiresOn().isAfter(form.registeredOn())) {
			errors.rejectValue("expiresOn", "institution.expiresOn.afterRegistration");
		}
	}

}
