package cn.gov.cq.jianping.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Asks {@link LoginThrottle} before the password form's password is checked; a refused
 * login goes to the chain's failure handler, as a wrong password does, and never reaches
 * the password check (so it does not count toward the account's lockout). A web slice
 * without identity's services lets every login through.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

	private final ObjectProvider<LoginThrottle> throttle;

	private final AuthenticationFailureHandler failureHandler;

	public LoginThrottleFilter(ObjectProvider<LoginThrottle> throttle, AuthenticationFailureHandler failureHandler) {
		this.throttle = throttle;
		this.failureHandler = failureHandler;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !(request.getContextPath() + "/login").equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		LoginThrottle throttle = this.throttle.getIfAvailable();
		LoginThrottle.Admission admission = throttle == null ? LoginThrottle.Admission.ADMITTED
				: throttle.admit(request);
		if (admission == LoginThrottle.Admission.ADMITTED) {
			chain.doFilter(request, response);
			return;
		}
		this.failureHandler.onAuthenticationFailure(request, response, new Refused(admission));
	}

	/**
	 * A login refused before its password was checked; {@link #addressRefused()} tells
	 * the failure handler to add "尝试过于频繁，请稍后再试".
	 */
	public static final class Refused extends AuthenticationException {

		private final boolean addressRefused;

		Refused(LoginThrottle.Admission admission) {
			super(admission.name());
			this.addressRefused = admission == LoginThrottle.Admission.ADDRESS_REFUSED;
		}

		public boolean addressRefused() {
			return this.addressRefused;
		}

	}

}
