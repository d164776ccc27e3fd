package cn.gov.cq.jianping.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.gov.cq.jianping.system.WebSliceConfiguration;

import org.springframework.context.annotation.Import;

/**
 * Put beside {@code @WebMvcTest(SomeController.class)}: the app's security chain, locale
 * and conflict page, so a controller slice answers as the app does. Web components of
 * other modules (filters, advice) stay out with
 * {@code excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = OTHER_MODULES_THAN + "institution\\.).*")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import({ WebSliceConfiguration.class, TestClockConfiguration.class })
public @interface WebSliceTest {

	/**
	 * Start of a pattern for every package of the app except {@code system} and the
	 * modules named after it.
	 */
	String OTHER_MODULES_THAN = "cn\\.gov\\.cq\\.jianping\\.(?!system\\.|";

}
