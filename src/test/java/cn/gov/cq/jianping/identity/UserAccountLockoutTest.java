package cn.gov.cq.jianping.identity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UserAccountLockoutTest {

	private final Instant start = Instant.parse("2026-11-25T02:00:00Z");

	private UserAccount account() {
		return new UserAccount("someone", "{noop}x", "某人", Role.CENTER, null, null);
	}

	@Test
	void fourWrongPasswordsDoNotLock() {
		UserAccount account = account();
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(this.start);
		}
		assertThat(account.isLockedAt(this.start)).isFalse();
	}

	@Test
	void theFifthWrongPasswordLocksForFifteenMinutes() {
		UserAccount account = account();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(this.start);
		}
		assertThat(account.isLockedAt(this.start.plus(Duration.ofMinutes(14).plusSeconds(59)))).isTrue();
		assertThat(account.isLockedAt(this.start.plus(Duration.ofMinutes(15)))).isFalse();
	}

	@Test
	void aSuccessfulLoginResetsTheCount() {
		UserAccount account = account();
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(this.start);
		}
		account.recordSuccessfulLogin();
		account.recordFailedLogin(this.start);
		assertThat(account.getFailedAttempts()).isEqualTo(1);
		assertThat(account.isLockedAt(this.start)).isFalse();
	}

	@Test
	void aFailureAfterTheLockExpiredStartsCountingAgain() {
		UserAccount account = account();
		for (int i = 0; i < 5; i++) {
			account.recordFailedLogin(this.start);
		}
		account.recordFailedLogin(this.start.plus(Duration.ofMinutes(16)));
		assertThat(account.getFailedAttempts()).isEqualTo(1);
		assertThat(account.isLockedAt(this.start.plus(Duration.ofMinutes(16)))).isFalse();
	}

}
