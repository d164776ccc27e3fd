package cn.gov.cq.jianping.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock in Asia/Shanghai for every deadline; tests replace it to move time.
 * {@link #ZONE} is the one time zone of the app, {@link #ZONE_ID} its name where a
 * constant string is needed ({@code @Scheduled(zone = ...)}, database settings).
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The name of the app's time zone. */
	public static final String ZONE_ID = "Asia/Shanghai";

	/** The app's time zone: every date a user sees or a deadline falls on is in it. */
	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
