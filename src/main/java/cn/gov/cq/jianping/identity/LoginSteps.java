package cn.gov.cq.jianping.identity;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * What follows an accepted password: an administrator outside the allowed networks is
 * refused, then the 动态口令 step when the account needs one, then the login proper — a new
 * session id, older sessions of the account ended beyond the allowed number, the absolute
 * lifetime set, and a forced password change when due.
 */
@Component
public class LoginSteps {

	private static final String HTTP_SESSION_CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final SecondFactors secondFactors;

	private final UserAccounts accounts;

	private final SecuritySettings settings;

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	private final Clock clock;

	private final AdministratorNetworks networks;

	private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	LoginSteps(SecondFactors secondFactors, UserAccounts accounts, SecuritySettings settings,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions, Clock clock,
			AdministratorNetworks networks) {
		this.secondFactors = secondFactors;
		this.accounts = accounts;
		this.settings = settings;
		this.sessions = sessions;
		this.clock = clock;
		this.networks = networks;
	}

	/**
	 * The password was right: log in, or hold the login (not authenticated) until the
	 * 动态口令 is typed.
	 */
	public void afterPassword(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
			throws IOException {
		String username = authentication.getName();
		if (!this.networks.admitLogin(username, request.getRemoteAddr())) {
			// the same answer as a wrong password: a stranger learns nothing
			SecurityContextHolder.clearContext();
			this.contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
			response.sendRedirect(request.getContextPath() + "/login?error");
			return;
		}
		SecondFactors.Step step = this.secondFactors.stepAfterPassword(username);
		HttpSession session = request.getSession();
		session.removeAttribute(LoginSessionRules.PENDING_SECOND_FACTOR);
		if (step == SecondFactors.Step.NONE) {
			start(request, response, username);
			return;
		}
		SecurityContextHolder.clearContext();
		this.contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
		session.setAttribute(LoginSessionRules.PENDING_SECOND_FACTOR, username);
		session.setAttribute(LoginSessionRules.PENDING_STEP, step.name());
		response.sendRedirect(request.getContextPath()
				+ (step == SecondFactors.Step.CODE ? LoginSessionRules.TOTP_PATH : LoginSessionRules.ENROL_PATH));
	}

	/** The username waiting for its second step in this session, if any. */
	public static String pendingUsername(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (String) session.getAttribute(LoginSessionRules.PENDING_SECOND_FACTOR);
	}

	/**
	 * The second step succeeded: the user is authenticated from now on, in a session with
	 * a new id. Returns the page to go to.
	 */
	public String completeSecondFactor(HttpServletRequest request, HttpServletResponse response, CurrentUser user) {
		HttpSession session = request.getSession();
		session.removeAttribute(LoginSessionRules.PENDING_SECOND_FACTOR);
		session.removeAttribute(LoginSessionRules.PENDING_STEP);
		request.changeSessionId();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new SecondFactorAuthentication(user, new WebAuthenticationDetails(request)));
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return startSession(request, user.getUsername());
	}

	private void start(HttpServletRequest request, HttpServletResponse response, String username) throws IOException {
		response.sendRedirect(request.getContextPath() + startSession(request, username));
	}

	String startSession(HttpServletRequest request, String username) {
		Instant now = this.clock.instant();
		SecuritySetting setting = this.settings.current();
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		HttpSession session = request.getSession();
		session.setAttribute(LoginSessionRules.DEADLINE, now.plus(setting.sessionLifetime()).toEpochMilli());
		endOlderSessions(request, username, setting.maxSessions());
		if (account.mustChangePasswordAt(now, setting.passwordExpiryDays())) {
			session.setAttribute(LoginSessionRules.PASSWORD_CHANGE_REQUIRED, Boolean.TRUE);
			return LoginSessionRules.PASSWORD_PATH;
		}
		session.removeAttribute(LoginSessionRules.PASSWORD_CHANGE_REQUIRED);
		return account.getRole().homePath();
	}

	/**
	 * Keeps the {@code max - 1} most recently used other sessions of the account and
	 * marks the rest as ended by this login: their next request is told why (0: no
	 * limit).
	 */
	private void endOlderSessions(HttpServletRequest request, String username, int max) {
		FindByIndexNameSessionRepository<? extends Session> repository = this.sessions.getIfAvailable();
		if (max <= 0 || repository == null) {
			return;
		}
		endOlderSessions(repository,
				Set.of(request.getSession().getId(), String.valueOf(request.getRequestedSessionId())), username, max);
	}

	private static <S extends Session> void endOlderSessions(FindByIndexNameSessionRepository<S> repository,
			Set<String> current, String username, int max) {
		Map<String, S> found = repository.findByPrincipalName(username);
		List<S> others = found.values()
			.stream()
			.filter(session -> !current.contains(session.getId()))
			.filter(session -> session.getAttribute(LoginSessionRules.DISPLACED) == null)
			.sorted(Comparator.comparing(Session::getLastAccessedTime).reversed())
			.toList();
		for (S older : others.subList(Math.min(others.size(), max - 1), others.size())) {
			older.setAttribute(LoginSessionRules.DISPLACED, Boolean.TRUE);
			older.removeAttribute(HTTP_SESSION_CONTEXT);
			repository.save(older);
		}
	}

}
