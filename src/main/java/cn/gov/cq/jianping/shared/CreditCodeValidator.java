package cn.gov.cq.jianping.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Checks {@link ValidCreditCode}, reporting which of the code's rules failed with a
 * message from {@code messages.properties} (the same rules as
 * {@link CreditCode#problemWith(String)}).
 */
public class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, String> {

	@Override
	public boolean isValid(String input, ConstraintValidatorContext context) {
		String code = CreditCode.normalise(input);
		if (CreditCode.problemWith(code).isEmpty()) {
			return true;
		}
		HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
		hibernate.disableDefaultConstraintViolation();
		if (code == null || code.isEmpty()) {
			hibernate.buildConstraintViolationWithTemplate("{creditCode.blank}").addConstraintViolation();
		}
		else if (code.length() != 18) {
			hibernate.addMessageParameter("length", code.length())
				.buildConstraintViolationWithTemplate("{creditCode.length}")
				.addConstraintViolation();
		}
		else {
			int wrong = firstWrongCharacter(code);
			if (wrong >= 0) {
				hibernate.addMessageParameter("position", wrong + 1)
					.addMessageParameter("character", String.valueOf(code.charAt(wrong)))
					.buildConstraintViolationWithTemplate("{creditCode.character}")
					.addConstraintViolation();
			}
			else {
				hibernate.buildConstraintViolationWithTemplate("{creditCode.checkCharacter}").addConstraintViolation();
			}
		}
		return false;
	}

	private static int firstWrongCharacter(String code) {
		for (int i = 0; i < code.length(); i++) {
			if (CreditCode.CHARSET.indexOf(code.charAt(i)) < 0) {
				return i;
			}
		}
		return -1;
	}

}
