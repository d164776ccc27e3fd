package cn.gov.cq.jianping.identity;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rules a session follows after login, read from the session alone (no query per
 * request): a session ended by a newer login of the account, or older than its absolute
 * lifetime, goes to the login page with the reason; a login waiting for its 动态口令 sees
 * only that step; a password that must be changed is changed before anything else.
 */
public class LoginSessionRules extends OncePerRequestFilter {

	static final String PENDING_SECOND_FACTOR = "JIANPING_SECOND_FACTOR_PENDING";

	static final String PENDING_STEP = "JIANPING_SECOND_FACTOR_STEP";

	static final String DEADLINE = "JIANPING_SESSION_DEADLINE";

	static final String DISPLACED = "JIANPING_SESSION_DISPLACED";

	/** Set while the password must be changed; the password page removes it. */
	public static final String PASSWORD_CHANGE_REQUIRED = "JIANPING_PASSWORD_CHANGE_REQUIRED";

	public static final String TOTP_PATH = "/login/totp";

	public static final String ENROL_PATH = "/login/totp/enrol";

	static final String PASSWORD_PATH = "/account/password";

	private static final List<String> ALWAYS_OPEN = List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon.ico",
			"/error", "/logout", "/actuator/");

	private final Clock clock;

	public LoginSessionRules(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session == null) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (session.getAttribute(DISPLACED) != null) {
			end(request, session);
			redirect(request, response, "/login?displaced");
			return;
		}
		Object deadline = session.getAttribute(DEADLINE);
		if (deadline instanceof Long millis && this.clock.millis() >= millis) {
			end(request, session);
			redirect(request, response, "/login?ended");
			return;
		}
		if (open(path)) {
			chain.doFilter(request, response);
			return;
		}
		if (session.getAttribute(PENDING_SECOND_FACTOR) != null && !path.equals("/login")
				&& !path.startsWith(TOTP_PATH)) {
			redirect(request, response, "ENROL".equals(session.getAttribute(PENDING_STEP)) ? ENROL_PATH : TOTP_PATH);
			return;
		}
		if (session.getAttribute(PASSWORD_CHANGE_REQUIRED) != null && !path.equals(PASSWORD_PATH)
				&& !path.startsWith("/login")) {
			redirect(request, response, PASSWORD_PATH);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(String path) {
		return ALWAYS_OPEN.stream().anyMatch(path::startsWith);
	}

	private static void end(HttpServletRequest request, HttpSession session) {
		SecurityContextHolder.clearContext();
		try {
			session.invalidate();
		}
		catch (IllegalStateException ex) {
			// already invalidated
		}
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException {
		response.sendRedirect(request.getContextPath() + path);
	}

}
