package cn.gov.cq.jianping.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the adapters: the logging one unless {@code jianping.notification.adapter}
 * names another (an SMS gateway or mail adapter registers its own
 * {@link NotificationSender} bean under its own value).
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

	@Bean
	@ConditionalOnProperty(name = "jianping.notification.adapter", havingValue = "log", matchIfMissing = true)
	NotificationSender loggingNotificationSender() {
		return new LoggingNotificationSender();
	}

}
