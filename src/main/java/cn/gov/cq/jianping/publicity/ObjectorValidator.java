package cn.gov.cq.jianping.publicity;

import cn.gov.cq.jianping.shared.CreditCode;

import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;

/**
 * The rules of {@link ObjectionForm} that depend on more than one field: a person gives
 * name, ID number, mobile number and the separate consent to sensitive data; an
 * organisation its name, a valid 统一社会信用代码, a contact and a phone number (第十二条: objections
 * are in real name). The content, trimmed, has at least ten characters.
 */
public class ObjectorValidator implements Validator {

	static final int MIN_CONTENT = 10;

	private final SmartValidator beanValidator;

	public ObjectorValidator(SmartValidator beanValidator) {
		this.beanValidator = beanValidator;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ObjectionForm.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ObjectionForm form = (ObjectionForm) target;
		Objection.ObjectorKind kind = form.kind();
		if (kind == Objection.ObjectorKind.PERSON) {
			this.beanValidator.validate(form, errors, ObjectionForm.PersonObjector.class);
		}
		else if (kind == Objection.ObjectorKind.ORGANISATION) {
			this.beanValidator.validate(form, errors, ObjectionForm.OrganisationObjector.class);
			CreditCode.problemWith(CreditCode.normalise(form.orgCreditCode()))
				.ifPresent(problem -> errors.rejectValue("orgCreditCode", "objection.orgCreditCode.invalid", problem));
		}
		String content = form.content() == null ? "" : form.content().trim();
		if (content.length() < MIN_CONTENT) {
			errors.rejectValue("content", "objection.content.short");
		}
	}

}
