package cn.gov.cq.jianping.supervision.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The Chinese message a supervision page shows above its form: the first field in error,
 * in the order the form shows its fields, then any error of the form as a whole.
 */
@Component
class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The message of the first field in error, in the order the form shows them; null
	 * without errors.
	 */
	String first(BindingResult result, String... fields) {
		if (!result.hasErrors()) {
			return null;
		}
		for (String field : fields) {
			FieldError error = result.getFieldError(field);
			if (error != null) {
				return this.messages.getMessage(error, Locale.SIMPLIFIED_CHINESE);
			}
		}
		return this.messages.getMessage(result.getAllErrors().get(0), Locale.SIMPLIFIED_CHINESE);
	}

}
