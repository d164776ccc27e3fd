package cn.gov.cq.jianping.identity;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every login attempt and locks an account after five (the setting) wrong
 * passwords or 动态口令 in a row.
 */
@Component
class LoginAttempts {

	static final String SUCCESS = "SUCCESS";

	static final String BAD_CREDENTIALS = "BAD_CREDENTIALS";

	static final String LOCKED = "LOCKED";

	static final String OTHER_FAILURE = "FAILURE";

	/** The password was right; the login waits for the 动态口令. */
	static final String PASSWORD_ACCEPTED = "PASSWORD_OK";

	static final String BAD_TOTP = "BAD_TOTP";

	private final UserAccounts accounts;

	private final LoginRecords records;

	private final SecuritySettings settings;

	private final Clock clock;

	LoginAttempts(UserAccounts accounts, LoginRecords records, SecuritySettings settings, Clock clock) {
		this.accounts = accounts;
		this.records = records;
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
	}

	@EventListener
	@Transactional
	public void onFailure(AbstractAuthenticationFailureEvent event) {
		Authentication authentication = event.getAuthentication();
		Instant now = this.clock.instant();
		String outcome = OTHER_FAILURE;
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			outcome = BAD_CREDENTIALS;
			SecuritySetting setting = this.settings.current();
			this.accounts.findByUsername(authentication.getName())
				.ifPresent(account -> account.recordFailedLogin(now, setting.lockoutThreshold(),
						setting.lockoutDuration()));
		}
		else if (event instanceof AuthenticationFailureLockedEvent) {
			outcome = LOCKED;
		}
		record(authentication, outcome);
	}

	private void record(Authentication authentication, String outcome) {
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		this.records
			.save(new LoginRecord(String.valueOf(authentication.getName()), outcome, address, this.clock.instant()));
	}

}
