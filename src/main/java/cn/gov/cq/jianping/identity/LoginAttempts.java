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
 * (with the role and client address), and locks an account after five wrong passwords in
 * a row, recording the lockout.
 */
@Component
class LoginAttempts {

	static final String SUCCESS = "SUCCESS";

	static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";

	static final String LOCKED = "LOCKED";

	static final String OTHER_FAILURE = "FAILURE";

	static final String LOGOUT = "LOGOUT";

	private final UserAccounts accounts;

	private final LoginRecords records;

	private final AuditLog auditLog;

	private final Clock clock;

	LoginAttempts(UserAccounts accounts, LoginRecords records, AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.records = records;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void onSuccess(AuthenticationSuccessEvent event) {
		Authentication authentication = event.getAuthentication();
		this.accounts.findByUsername(authentication.getName()).ifPresent(UserAccount::recordSuccessfulLogin);
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
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			outcome = BAD_CREDENTIALS;
			detail = "用户名或密码错误";
			UserAccount account = this.accounts.findByUsername(authentication.getName()).orElse(null);
			if (account != null) {
				boolean lockedBefore = account.isLockedAt(now);
				account.recordFailedLogin(now);
				lockedNow = !lockedBefore && account.isLockedAt(now);
			}
		}
		else if (event instanceof AuthenticationFailureLockedEvent) {
			outcome = LOCKED;
			detail = "账号已锁定，拒绝登录";
		}
		record(authentication, outcome);
		audit(authentication, "登录", detail, AuditLog.Result.FAILURE);
		if (lockedNow) {
			audit(authentication, "账号锁定", "连续 " + UserAccount.MAX_FAILED_ATTEMPTS + " 次密码错误，锁定 "
					+ UserAccount.LOCK_DURATION.toMinutes() + " 分钟", AuditLog.Result.SUCCESS);
		}
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
