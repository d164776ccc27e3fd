package cn.gov.cq.jianping.identity;

import java.time.Clock;
import java.time.Instant;

import cn.gov.cq.jianping.audit.AuditLog;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every login attempt and logout, in the login records and in the audit trail
 * (with the role and client address), and locks an account after five (the setting) wrong
 * passwords or 动态口令 in a row, recording the lockout.
 */
@Component
class LoginAttempts {

	static final String SUCCESS = "SUCCESS";

	static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";

	static final String LOCKED = "LOCKED";

	static final String OTHER_FAILURE = "FAILURE";

	static final String LOGOUT = "LOGOUT";

	/** The password was right; the login waits for the 动态口令. */
	static final String PASSWORD_ACCEPTED = "PASSWORD_OK";

	static final String BAD_TOTP = "BAD_TOTP";

	private final UserAccounts accounts;

	private final LoginRecords records;

	private final AuditLog auditLog;

	private final SecuritySettings settings;

	private final Clock clock;

	LoginAttempts(UserAccounts accounts, LoginRecords records, AuditLog auditLog, SecuritySettings settings,
			Clock clock) {
		this.accounts = accounts;
		this.records = records;
		this.auditLog = auditLog;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * A right password. When a 动态口令 must follow, the failure count stays: a password
	 * alone must not reset the count of wrong codes.
	 */
	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		UserAccount account = this.accounts.findByUsername(authentication.getName()).orElse(null);
		if (account != null && (account.hasTotp() || this.settings.current().requiresMfa(account.getRole()))) {
			record(authentication, PASSWORD_ACCEPTED);
			return;
		}
		if (account != null) {
			account.recordSuccessfulLogin();
		}
		record(authentication, SUCCESS);
		audit(authentication, "登录", "登录成功", AuditLog.Result.SUCCESS);
	}

	@EventListener
	@Transactional
	public void onLogout(LogoutSuccessEvent event) {
		record(event.getAuthentication(), LOGOUT);
		audit(event.getAuthentication(), "退出登录", null, AuditLog.Result.SUCCESS);
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		Instant now = this.clock.instant();
		String outcome = OTHER_FAILURE;
		String detail = "登录失败";
		boolean lockedNow = false;
		int threshold = 0;
		long minutes = 0;
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			outcome = BAD_CREDENTIALS;
			detail = "用户名或密码错误";
			SecuritySetting setting = this.settings.current();
			UserAccount account = this.accounts.findByUsername(authentication.getName()).orElse(null);
			if (account != null) {
				boolean lockedBefore = account.isLockedAt(now);
				account.recordFailedLogin(now, setting.lockoutThreshold(), setting.lockoutDuration());
				lockedNow = !lockedBefore && account.isLockedAt(now);
				threshold = setting.lockoutThreshold();
				minutes = setting.lockoutDuration().toMinutes();
			}
		}
		else if (event instanceof AuthenticationFailureLockedEvent) {
			outcome = LOCKED;
			detail = "账号已锁定，拒绝登录";
		}
		record(authentication, outcome);
		audit(authentication, "登录", detail, AuditLog.Result.FAILURE);
		if (lockedNow) {
			audit(authentication, "账号锁定", "连续 " + threshold + " 次密码错误，锁定 " + minutes + " 分钟", AuditLog.Result.SUCCESS);
		}
	}

	/**
	 * The outcome of the 动态口令 step, in the login records and the audit trail: the login
	 * is complete only here for accounts with a second factor.
	 */
	void secondStep(String username, String outcome, String address) {
		this.records.save(new LoginRecord(username, outcome, address, this.clock.instant()));
		String role = this.accounts.findByUsername(username).map(a -> a.getRole().name()).orElse(null);
		String detail = switch (outcome) {
			case SUCCESS -> "动态口令正确，登录成功";
			case BAD_TOTP -> "动态口令错误";
			case LOCKED -> "账号已锁定，拒绝登录";
			case LoginThrottle.CAPTCHA_FAILED -> "验证码未填写或错误，拒绝登录（未核对密码，不计入锁定）";
			case LoginThrottle.THROTTLED -> "该地址登录失败过多，尝试过于频繁，拒绝登录（未核对密码）";
			default -> outcome;
		};
		this.auditLog.record(new AuditLog.Actor(username, role, address), "登录", "ACCOUNT", username, detail,
				SUCCESS.equals(outcome) ? AuditLog.Result.SUCCESS : AuditLog.Result.FAILURE);
	}

	/**
	 * A login refused before its password was checked ({@link LoginThrottle}): recorded
	 * as the outcome of a second step is, by username and address.
	 */
	@Transactional
	public void refusedBeforePassword(String username, String outcome, String address) {
		secondStep(username, outcome, address);
	}

	/** An address that reached a threshold of {@link LoginThrottle}. */
	@Transactional
	public void addressThrottled(String address, String detail) {
		this.auditLog.record(new AuditLog.Actor(AuditLog.SYSTEM, null, address), "登录限流", "ADDRESS", address, detail,
				AuditLog.Result.SUCCESS);
	}

	/** The wrong 动态口令 that locked the account. */
	void lockedBySecondFactor(UserAccount account, String address, SecuritySetting setting) {
		this.auditLog.record(new AuditLog.Actor(account.getUsername(), account.getRole().name(), address), "账号锁定",
				"ACCOUNT", account.getUsername(),
				"连续 " + setting.lockoutThreshold() + " 次密码或动态口令错误，锁定 " + setting.lockoutDuration().toMinutes() + " 分钟",
				AuditLog.Result.SUCCESS);
	}

	private void audit(Authentication authentication, String action, String detail, AuditLog.Result result) {
		if (authentication == null) {
			return;
		}
		String username = String.valueOf(authentication.getName());
		String role = this.accounts.findByUsername(username).map(a -> a.getRole().name()).orElse(null);
		String address = AuditLog.Actor.current().address();
		this.auditLog.record(new AuditLog.Actor(username, role, address != null ? address : addressOf(authentication)),
				action, "ACCOUNT", username, detail, result);
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	private void record(Authentication authentication, String outcome) {
		if (authentication == null) {
			return;
		}
		String address = addressOf(authentication);
		this.records
			.save(new LoginRecord(String.valueOf(authentication.getName()), outcome, address, this.clock.instant()));
	}

}
