package cn.gov.cq.jianping.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.shared.captcha.CaptchaService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Login throttling per username and per client address (issue 12): after a few failures
 * the login form asks the image challenge before the password is checked, and a wrong
 * answer is refused without counting toward the account's lockout, so nobody can lock
 * another user out without solving a challenge for every further try; an address with
 * many failures is refused for a while. Failures are kept in PostgreSQL
 * ({@code login_failure}), so all nodes count together, at the application clock like the
 * lockout.
 */
@Component
public class LoginThrottle {

	/** What a login attempt is told before its password is checked. */
	public enum Admission {

		/** The password is checked. */
		ADMITTED,

		/**
		 * The challenge was due and not answered right: refused like a wrong password.
		 */
		CAPTCHA_FAILED,

		/** Too many failures from this address: refused, and told to wait. */
		ADDRESS_REFUSED

	}

	/** Outcome of the login records: the challenge was due and not answered. */
	static final String CAPTCHA_FAILED = "CAPTCHA_FAILED";

	/** Outcome of the login records: refused for the failures of the address. */
	static final String THROTTLED = "THROTTLED";

	private static final String PASSWORD_FAILURE = "PASSWORD";

	private final Duration window;

	private final int captchaAfterAddressFailures;

	private final int refuseAfterAddressFailures;

	private final boolean captchaEnabled;

	private final JdbcClient jdbc;

	private final CaptchaService captcha;

	private final LoginAttempts attempts;

	private final SecuritySettings settings;

	private final Clock clock;

	private final AtomicInteger failures = new AtomicInteger();

	LoginThrottle(@Value("${jianping.login.throttle-window:15m}") Duration window,
			@Value("${jianping.login.captcha-after-address-failures:20}") int captchaAfterAddressFailures,
			@Value("${jianping.login.refuse-after-address-failures:50}") int refuseAfterAddressFailures,
			@Value("${jianping.login.captcha-enabled:true}") boolean captchaEnabled, JdbcClient jdbc,
			CaptchaService captcha, LoginAttempts attempts, SecuritySettings settings, Clock clock) {
		this.window = window;
		this.captchaAfterAddressFailures = captchaAfterAddressFailures;
		this.refuseAfterAddressFailures = refuseAfterAddressFailures;
		this.settings = settings;
		// nonsensical thresholds stop the start, not the first login
		policy(LoginThrottlePolicy.defaults().captchaAfterUsernameFailures());
		this.captchaEnabled = captchaEnabled;
		this.jdbc = jdbc;
		this.captcha = captcha;
		this.attempts = attempts;
		this.clock = clock;
	}

	/**
	 * Whether the login form shows the challenge for this username (may be null) here.
	 */
	public boolean captchaRequired(String username, String address) {
		return this.captchaEnabled && verdict(username, address) != LoginThrottlePolicy.Verdict.OPEN;
	}

	/**
	 * Whether the password of this login may be checked; a refusal is recorded in the
	 * login records and the audit trail, and a wrong answer counts as a failure of the
	 * username and the address but not toward the account's lockout.
	 */
	public Admission admit(HttpServletRequest request) {
		String username = String.valueOf(request.getParameter("username"));
		String address = addressOf(request.getRemoteAddr());
		LoginThrottlePolicy.Verdict verdict = verdict(username, address);
		if (verdict == LoginThrottlePolicy.Verdict.REFUSED) {
			this.attempts.refusedBeforePassword(username, THROTTLED, address);
			return Admission.ADDRESS_REFUSED;
		}
		if (verdict == LoginThrottlePolicy.Verdict.CAPTCHA && this.captchaEnabled
				&& !this.captcha.answers(request.getSession(false), request.getParameter("captcha"))) {
			this.attempts.refusedBeforePassword(username, CAPTCHA_FAILED, address);
			recordFailure(username, address, CAPTCHA_FAILED);
			return Admission.CAPTCHA_FAILED;
		}
		return Admission.ADMITTED;
	}

	/** A password that reached the check and failed, for whatever reason. */
	@EventListener
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication() == null) {
			return;
		}
		String address = (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		recordFailure(String.valueOf(event.getAuthentication().getName()), addressOf(address), PASSWORD_FAILURE);
	}

	/**
	 * The thresholds now: the username's from the security settings (安全管理员), the
	 * address's from the configuration.
	 */
	private LoginThrottlePolicy policy() {
		return policy(this.settings.current().captchaAfterFailures());
	}

	private LoginThrottlePolicy policy(int captchaAfterUsernameFailures) {
		return new LoginThrottlePolicy(this.window, captchaAfterUsernameFailures, this.captchaAfterAddressFailures,
				this.refuseAfterAddressFailures);
	}

	private LoginThrottlePolicy.Verdict verdict(String username, String address) {
		Instant now = this.clock.instant();
		int[] counts = this.jdbc
			.sql("select count(*) filter (where username = :username), count(*) filter (where address = :address) "
					+ "from login_failure where (username = :username or address = :address) "
					+ "and failed_at > :since and failed_at <= :now")
			.param("username", keyOf(username))
			.param("address", addressOf(address))
			.param("since", utc(now.minus(this.window)))
			.param("now", utc(now))
			.query((rows, i) -> new int[] { rows.getInt(1), rows.getInt(2) })
			.single();
		return policy().decide(counts[0], counts[1]);
	}

	/**
	 * Stores one failure; the failure that brings an address to the challenge or to the
	 * refusal is audited.
	 */
	private void recordFailure(String username, String address, String kind) {
		Instant now = this.clock.instant();
		Integer ofAddress = this.jdbc
			.sql("with added as (insert into login_failure (username, address, kind, failed_at) "
					+ "values (:username, :address, :kind, :now) returning 1) "
					+ "select count(*) + (select count(*) from added) from login_failure "
					+ "where address = :address and failed_at > :since and failed_at <= :now")
			.param("username", keyOf(username))
			.param("address", address)
			.param("kind", kind)
			.param("now", utc(now))
			.param("since", utc(now.minus(this.window)))
			.query(Integer.class)
			.single();
		long minutes = this.window.toMinutes();
		if (ofAddress == this.captchaAfterAddressFailures) {
			this.attempts.addressThrottled(address, "该地址 " + minutes + " 分钟内登录失败 " + ofAddress + " 次，此后每次登录须填写验证码");
		}
		if (ofAddress == this.refuseAfterAddressFailures) {
			this.attempts.addressThrottled(address,
					"该地址 " + minutes + " 分钟内登录失败 " + ofAddress + " 次，暂停该地址登录，直至窗口内失败少于 " + ofAddress + " 次");
		}
		if (this.failures.incrementAndGet() % 1000 == 0) {
			// failures older than the window count for nothing
			this.jdbc.sql("delete from login_failure where failed_at < :since")
				.param("since", utc(now.minus(this.window)))
				.update();
		}
	}

	/** Usernames compare as the account lookup would, whatever case an attacker types. */
	private static String keyOf(String username) {
		String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
		return key.length() > 100 ? key.substring(0, 100) : key;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String addressOf(String address) {
		if (address == null || address.isBlank()) {
			return "unknown";
		}
		return address.length() > 64 ? address.substring(0, 64) : address;
	}

}
