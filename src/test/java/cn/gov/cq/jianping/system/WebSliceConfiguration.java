package cn.gov.cq.jianping.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} slice needs of {@code system}: the real security chain and
 * the fixed Chinese locale, so a slice answers as the app does.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, WebConfiguration.class, ConflictHandler.class })
public class WebSliceConfiguration {

}
