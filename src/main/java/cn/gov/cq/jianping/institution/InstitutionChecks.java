package cn.gov.cq.jianping.institution;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The rules a registration must satisfy, shared by the form and the Excel import so both
 * refuse the same things with the same Chinese messages: the Bean Validation constraints
 * on {@link InstitutionForm} and the cross-field {@link InstitutionFormValidator}, with
 * the messages of {@code messages.properties}. Plain static code, because the workbook is
 * read without a context.
 */
final class InstitutionChecks {

	private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private static final MessageSource MESSAGES = messages();

	private static final LocalValidatorFactoryBean CONSTRAINTS = constraints(MESSAGES);

	private static final InstitutionFormValidator CROSS_FIELD = new InstitutionFormValidator();

	/**
	 * The form's fields in the order they are shown, so problems are reported in that
	 * order.
	 */
	private static final List<String> FIELDS = Arrays.stream(InstitutionForm.class.getRecordComponents())
		.map(RecordComponent::getName)
		.toList();

	private InstitutionChecks() {
	}

	/** A problem with one field. */
	record Problem(String field, String message) {
	}

	/** Either the checked details or the list of every problem found. */
	record Outcome(InstitutionDetails details, List<Problem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/**
	 * Every field's first problem, in the order of the form, or the details ready to
	 * save.
	 */
	static Outcome check(InstitutionForm input) {
		InstitutionForm form = input.trimmed();
		BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "form");
		CONSTRAINTS.validate(form, errors);
		CROSS_FIELD.validate(form, errors);
		Map<String, Problem> firstByField = new LinkedHashMap<>();
		for (String field : FIELDS) {
			FieldError error = errors.getFieldError(field);
			if (error != null) {
				firstByField.put(field, new Problem(field, MESSAGES.getMessage(error, LOCALE)));
			}
		}
		if (!firstByField.isEmpty()) {
			return new Outcome(null, List.copyOf(new ArrayList<>(firstByField.values())));
		}
		String districtCode = InstitutionForm.CITY.equals(form.authority()) ? null : form.authority();
		return new Outcome(new InstitutionDetails(form.name(), form.creditCode(), form.type(), districtCode,
				form.registrationNumber(), form.registeredOn(), form.expiresOn(), form.scopeOccupations(),
				form.evaluationSites(), form.contactPerson(), form.contactPhone()), List.of());
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static LocalValidatorFactoryBean constraints(MessageSource messages) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messages);
		validator.afterPropertiesSet();
		return validator;
	}

}
