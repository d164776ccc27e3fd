package cn.gov.cq.jianping.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated text is a valid 统一社会信用代码 (GB 32100-2015, check character included), after
 * surrounding blanks are dropped and letters upper-cased. A missing value is refused too,
 * with its own message, so a form needs no separate {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {

	String message() default "{creditCode.invalid}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
