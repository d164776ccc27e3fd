package cn.gov.cq.jianping.system.observability;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Its own chain for {@code /actuator/**}, ahead of the application's: health (with its
 * liveness and readiness groups) is public so a load balancer can ask it; every other
 * endpoint (metrics, Prometheus) needs HTTP Basic credentials of an operations role. No
 * session is made and no login page is shown: a scraper gets a 401.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

	/**
	 * Roles that may read metrics: the system administrator (operations) and the security
	 * auditor.
	 */
	static final String[] METRICS_ROLES = { "SYSADMIN", "AUDITOR" };

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasAnyRole(METRICS_ROLES))
			.httpBasic(Customizer.withDefaults())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable());
		return http.build();
	}

}
