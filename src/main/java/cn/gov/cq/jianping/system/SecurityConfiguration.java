package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.cq.jianping.identity.AdministratorAddressRules;
import cn.gov.cq.jianping.identity.AdministratorNetworks;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.LoginSessionRules;
import cn.gov.cq.jianping.identity.LoginSteps;
import cn.gov.cq.jianping.identity.LoginThrottle;
import cn.gov.cq.jianping.identity.LoginThrottleFilter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may reach what. Pages name their roles here or with {@code @PreAuthorize}; data
 * scope (which district, which institution) is enforced again in each service.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The roles that work with evaluation data; the three administrators of 三员分立 are not
	 * among them.
	 */
	static final String[] BUSINESS_ROLES = { "INSTITUTION", "DISTRICT", "CENTER", "EXPERT", "BUREAU" };

	/**
	 * Session attribute that carries the username back to the login form after a failure.
	 */
	public static final String LAST_USERNAME = "JIANPING_LAST_USERNAME";

	/** Browser features no page of ours uses, switched off for every page. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<LoginSteps> loginSteps,
			ObjectProvider<LoginThrottle> loginThrottle, Clock clock,
			ObjectProvider<AdministratorNetworks> administratorNetworks,
			ObjectProvider<AccessDeniedHandler> refusedAccess) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error", "/login",
					"/login/captcha.png")
			.permitAll()
			// the second login step checks itself that a password was just accepted
			.requestMatchers(LoginSessionRules.TOTP_PATH, LoginSessionRules.ENROL_PATH)
			.permitAll()
			.requestMatchers("/", "/public/**", "/api/v1/public/**", "/api/v1/scoring/preview",
					"/api/v1/scoring/consolidate", "/scoring/preview", "/v3/api-docs/**", "/actuator/health")
			.permitAll()
			.requestMatchers("/home/institution")
			.hasRole("INSTITUTION")
			.requestMatchers("/home/district")
			.hasRole("DISTRICT")
			.requestMatchers("/home/center")
			.hasRole("CENTER")
			.requestMatchers("/home/expert")
			.hasRole("EXPERT")
			.requestMatchers("/home/bureau")
			.hasRole("BUREAU")
			// 三员分立: accounts for the system administrator, the records for the
			// auditor, neither reaches a business page below
			.requestMatchers("/home/sysadmin", "/admin/**")
			.hasRole("SYSADMIN")
			.requestMatchers("/home/secadmin", "/security/**")
			.hasRole("SECADMIN")
			.requestMatchers("/home/auditor", "/audit", "/audit/**")
			.hasRole("AUDITOR")
			.requestMatchers("/institutions/new", "/institutions/import", "/institutions/template.xlsx",
					"/institutions/*/edit", "/institutions/*/status")
			.hasAnyRole("CENTER", "BUREAU", "DISTRICT")
			.requestMatchers("/institutions", "/institutions/export.xlsx")
			.hasAnyRole("CENTER", "BUREAU", "DISTRICT")
			.requestMatchers("/institutions/**")
			.hasAnyRole(BUSINESS_ROLES)
			.requestMatchers("/publicity/**", "/objections/**", "/announcements/**")
			.hasRole("BUREAU")
			.requestMatchers("/rounds/**", "/experts/**")
			.hasAnyRole("CENTER", "BUREAU")
			.requestMatchers("/supervision/**")
			.hasAnyRole("CENTER", "BUREAU", "DISTRICT", "INSTITUTION")
			.requestMatchers("/cases/**", "/evidence/**")
			.hasAnyRole("INSTITUTION", "DISTRICT", "CENTER", "EXPERT", "BUREAU")
			// bind: 延续备案 — institutions apply, the registering authority decides, the
			// bureau reads
			.requestMatchers("/renewals/**")
			.hasAnyRole("INSTITUTION", "DISTRICT", "CENTER", "BUREAU")
			// office: dashboards for the bureau, the center and district offices;
			// messages
			// and notices for every signed-in user
			.requestMatchers("/dashboard", "/dashboard/**")
			.hasAnyRole("CENTER", "BUREAU", "DISTRICT")
			.requestMatchers("/rubrics", "/rubrics/**", "/rule-sets", "/rule-sets/**")
			.hasAnyRole(BUSINESS_ROLES)
			.requestMatchers("/messages", "/messages/**", "/notices", "/notices/**")
			.authenticated()
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.usernameParameter("username")
				.passwordParameter("password")
				.successHandler(afterPassword(loginSteps))
				.failureHandler(explainFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers("/api/v1/scoring/preview", "/api/v1/scoring/consolidate",
					"/api/v1/public/**"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// every refusal of a signed-in user is audited (audit.RefusedAccessAudit)
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(
					(request, response, refused) -> refusedAccess.getIfAvailable(AccessDeniedHandlerImpl::new)
						.handle(request, response, refused)))
			.addFilterAfter(new LoginSessionRules(clock), SecurityContextHolderFilter.class)
			// the 验证码 and the per-address limit come before the password is checked
			.addFilterBefore(new LoginThrottleFilter(loginThrottle, explainFailure()),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new AdministratorAddressRules(administratorNetworks), LoginSessionRules.class)
			// HSTS is written on secure requests only (behind TLS, see forward headers)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny())
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
				.referrerPolicy(referrer -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	/**
	 * Spring Security's own observations: login (authentication) timings stay; the span
	 * per security filter and per authorization decision on every request go. They
	 * wrapped each of the chain's filters in an observation and took about a sixth of an
	 * anonymous page's CPU (JFR, uncached lookup page); {@code http.server.requests}
	 * still times every request.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults().shouldObserveAuthorizations(false).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Publishes login successes and failures so {@code identity} can record them and lock
	 * accounts.
	 */
	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/**
	 * After the password: the 动态口令 step or the role's home ({@link LoginSteps}); a web
	 * slice without identity's services lands on the home directly.
	 */
	private static AuthenticationSuccessHandler afterPassword(ObjectProvider<LoginSteps> loginSteps) {
		return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
			LoginSteps steps = loginSteps.getIfAvailable();
			if (steps != null) {
				steps.afterPassword(request, response, authentication);
				return;
			}
			String target = "/";
			if (authentication.getPrincipal() instanceof CurrentUser user) {
				target = user.role().homePath();
			}
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	private static AuthenticationFailureHandler explainFailure() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			// One answer for a wrong password, an unknown and a locked account: saying
			// "locked" would tell a stranger that the account exists (the lockout is in
			// the login records and the audit trail).
			// Keep what the user typed (never the password) so they need not type it
			// again.
			String username = request.getParameter("username");
			if (username != null && username.length() <= 50) {
				request.getSession().setAttribute(LAST_USERNAME, username);
			}
			// Too many failures from this address: the same answer, and a request to wait
			// (it is about the address, so it tells nothing about the account).
			boolean addressRefused = exception instanceof LoginThrottleFilter.Refused refused
					&& refused.addressRefused();
			redirect(request, response, addressRefused ? "/login?error&throttled" : "/login?error");
		};
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}

}
