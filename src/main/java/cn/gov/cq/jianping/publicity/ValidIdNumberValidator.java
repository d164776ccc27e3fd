package cn.gov.cq.jianping.publicity;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import cn.gov.cq.jianping.publicity.model.IdNumber;

/**
 * Checks {@link ValidIdNumber} with {@link IdNumber#problemWith}, reporting its own
 * reason.
 */
public class ValidIdNumberValidator implements ConstraintValidator<ValidIdNumber, String> {

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		Optional<String> problem = IdNumber.problemWith(value);
		if (problem.isEmpty()) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(problem.get()).addConstraintViolation();
		return false;
	}

}
