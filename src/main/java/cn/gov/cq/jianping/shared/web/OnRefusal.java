package cn.gov.cq.jianping.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a module's error advice sends the user back when the service refuses the step
 * (see {@link RefusalRedirect}): a path whose {@code {placeholders}} are filled from the
 * path variables and then the request parameters.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OnRefusal {

	String value();

}
