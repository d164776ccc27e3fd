package cn.gov.cq.jianping.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock in Asia/Shanghai for every deadline; tests replace it to move time.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(ZONE);
	}

}
