package cn.gov.cq.jianping.identity;

import java.time.Instant;

import org.springframework.security.authentication.password.CompromisedPasswordChecker;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Which new passwords are refused beyond the policy's shape: one on the local list of
 * leaked passwords, and one of the account's last {@value PasswordHistory#REMEMBERED}.
 */
@Component
class PasswordChoices {

	static final String COMPROMISED = "该密码出现在常见泄露密码列表中，请换一个不易猜到的密码";

	private final PasswordHistory history;

	private final CompromisedPasswordChecker compromised;

	private final PasswordEncoder passwordEncoder;

	PasswordChoices(PasswordHistory history, CompromisedPasswordChecker compromised, PasswordEncoder passwordEncoder) {
		this.history = history;
		this.compromised = compromised;
		this.passwordEncoder = passwordEncoder;
	}

	void refuseCompromised(String password, String field) {
		if (this.compromised.check(password).isCompromised()) {
			throw new Accounts.AccountRejectedException(field, COMPROMISED);
		}
	}

	void refuseReused(UserAccount account, String password, String field) {
		boolean reused = this.passwordEncoder.matches(password, account.getPasswordHash())
				|| this.history.findTop5ByAccountIdOrderBySetAtDescIdDesc(account.getId())
					.stream()
					.anyMatch(old -> this.passwordEncoder.matches(password, old.passwordHash()));
		if (reused) {
			throw new Accounts.AccountRejectedException(field, "新密码不能与最近 " + PasswordHistory.REMEMBERED + " 次使用过的密码相同");
		}
	}

	void remember(long accountId, String hash, Instant at) {
		this.history.save(new PasswordHistoryEntry(accountId, hash, at));
	}

}
