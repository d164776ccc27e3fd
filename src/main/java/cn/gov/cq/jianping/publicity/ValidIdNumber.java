package cn.gov.cq.jianping.publicity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A 公民身份号码 with a valid GB 11643 check character; the message names what is wrong.
 */
@Documented
@Constraint(validatedBy = ValidIdNumberValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidIdNumber {

	String message() default "{objection.idNumber.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
