package cn.gov.cq.jianping.system.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins ({@value #NAME}, Prometheus {@code jianping_login_failures_total})
 * by reason, so a password-guessing wave shows on the dashboard before the lockouts pile
 * up.
 */
@Component
class LoginFailureMetrics {

	static final String NAME = "jianping.login.failures";

	private final MeterRegistry registry;

	LoginFailureMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		String reason = (event.getException() instanceof LockedException) ? "locked" : "bad_credentials";
		Counter.builder(NAME).description("失败的登录次数").tag("reason", reason).register(this.registry).increment();
	}

}
