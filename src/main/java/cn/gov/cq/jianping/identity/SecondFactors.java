package cn.gov.cq.jianping.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import cn.gov.cq.jianping.shared.FieldEncryptor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 动态口令, the second login step: who needs it, checking a code (or a one-time 恢复码), and
 * enrolment. A wrong code counts toward the same lockout as a wrong password.
 */
@Service
public class SecondFactors {

	/** Issuer shown in the authenticator app. */
	static final String ISSUER = "重庆市职业技能评价机构评估";

	private final UserAccounts accounts;

	private final RecoveryCodeBook recoveryCodes;

	private final SecuritySettings settings;

	private final FieldEncryptor encryptor;

	private final LoginAttempts attempts;

	private final Clock clock;

	SecondFactors(UserAccounts accounts, RecoveryCodeBook recoveryCodes, SecuritySettings settings,
			FieldEncryptor encryptor, LoginAttempts attempts, Clock clock) {
		this.accounts = accounts;
		this.recoveryCodes = recoveryCodes;
		this.settings = settings;
		this.encryptor = encryptor;
		this.attempts = attempts;
		this.clock = clock;
	}

	/** What a user must do after the password was accepted. */
	public enum Step {

		/** Nothing: the password alone logs in. */
		NONE,
		/** Type the 动态口令. */
		CODE,
		/** The role requires 动态口令 and none is set up yet: enrol first. */
		ENROL

	}

	@Transactional(readOnly = true)
	public Step stepAfterPassword(String username) {
		return this.accounts.findByUsername(username).map(this::stepFor).orElse(Step.NONE);
	}

	Step stepFor(UserAccount account) {
		if (account.hasTotp()) {
			return Step.CODE;
		}
		return this.settings.current().requiresMfa(account.getRole()) ? Step.ENROL : Step.NONE;
	}

	/** The answer to a code typed on the second step. */
	public sealed interface Check permits Accepted, Wrong, Locked {

	}

	/** Logged in; {@code recoveryCodesLeft} when a recovery code was used, else -1. */
	public record Accepted(CurrentUser user, int recoveryCodesLeft) implements Check {

	}

	public record Wrong(int attemptsLeft) implements Check {

	}

	public record Locked(long minutes) implements Check {

	}

	/**
	 * Checks a 动态口令 (this, the previous or the next 30-second step, each step once) or an
	 * unused 恢复码.
	 */
	@Transactional
	public Check check(String username, String code, String remoteAddress) {
		Instant now = this.clock.instant();
		SecuritySetting setting = this.settings.current();
		UserAccount account = this.accounts.findByUsername(username).orElse(null);
		if (account == null || !account.hasTotp()) {
			return new Locked(setting.lockoutMinutes());
		}
		if (account.isLockedAt(now)) {
			record(username, LoginAttempts.LOCKED, remoteAddress);
			return new Locked(setting.lockoutMinutes());
		}
		String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.matches("\\d{6}") && acceptsTotp(account, typed, now)) {
			return accept(account, -1, remoteAddress);
		}
		OptionalInt recoveryCodesLeft = this.recoveryCodes.use(account.getId(), typed, now);
		if (recoveryCodesLeft.isPresent()) {
			return accept(account, recoveryCodesLeft.getAsInt(), remoteAddress);
		}
		account.recordFailedLogin(now, setting.lockoutThreshold(), setting.lockoutDuration());
		record(username, LoginAttempts.BAD_TOTP, remoteAddress);
		if (account.isLockedAt(now)) {
			this.attempts.lockedBySecondFactor(account, remoteAddress, setting);
			return new Locked(setting.lockoutMinutes());
		}
		return new Wrong(setting.lockoutThreshold() - account.getFailedAttempts());
	}

	/**
	 * Whether this is the account's current 动态口令 or one of its unused 恢复码 (either is used
	 * up, as at login): the proof of possession that switching 动态口令 off asks for, so a
	 * user who lost the phone can still switch it off with a recovery code.
	 */
	boolean acceptsCurrentCodeOrRecoveryCode(UserAccount account, String code) {
		if (!account.hasTotp()) {
			return false;
		}
		Instant now = this.clock.instant();
		String typed = code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		if (typed.matches("\\d{6}")) {
			return acceptsTotp(account, typed, now);
		}
		return this.recoveryCodes.use(account.getId(), typed, now).isPresent();
	}

	private boolean acceptsTotp(UserAccount account, String typed, Instant now) {
		Optional<String> secret = this.encryptor.tryDecrypt(account.getTotpSecret());
		if (secret.isEmpty()) {
			return false;
		}
		byte[] key = Totp.decodeBase32(secret.get());
		long current = Totp.stepAt(now);
		for (long step = current - 1; step <= current + 1; step++) {
			if (Totp.code(key, step, Totp.DIGITS).equals(typed)) {
				return account.useTotpStep(step);
			}
		}
		return false;
	}

	private Accepted accept(UserAccount account, int recoveryCodesLeft, String remoteAddress) {
		account.recordSuccessfulLogin();
		record(account.getUsername(), LoginAttempts.SUCCESS, remoteAddress);
		return new Accepted(new CurrentUser(account, false), recoveryCodesLeft);
	}

	private void record(String username, String outcome, String remoteAddress) {
		this.attempts.secondStep(username, outcome, remoteAddress);
	}

	/** A secret being set up, not yet confirmed by a code. */
	public record Enrolment(String secret, String uri) {

	}

	/** A new secret for the user to scan; nothing is stored until it is confirmed. */
	public Enrolment newEnrolment(String username) {
		String secret = Totp.newSecret();
		return new Enrolment(secret, Totp.uri(ISSUER, username, secret));
	}

	/** The otpauth:// URI of a secret (redrawing the QR code after a wrong code). */
	public Enrolment enrolment(String username, String secret) {
		return new Enrolment(secret, Totp.uri(ISSUER, username, secret));
	}

	/**
	 * Stores the secret once a code of it is typed correctly and returns the ten 恢复码
	 * (shown once, kept hashed); empty when the code is wrong.
	 */
	@Transactional
	public Optional<List<String>> confirmEnrolment(String username, String secret, String code) {
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		Instant now = this.clock.instant();
		String typed = code == null ? "" : code.replaceAll("\\s", "");
		long current = Totp.stepAt(now);
		byte[] key = Totp.decodeBase32(secret);
		boolean matches = false;
		for (long step = current - 1; step <= current + 1 && !matches; step++) {
			matches = Totp.code(key, step, Totp.DIGITS).equals(typed);
		}
		if (!matches) {
			return Optional.empty();
		}
		account.enrolTotp(this.encryptor.encrypt(secret));
		account.useTotpStep(current);
		return Optional.of(this.recoveryCodes.issue(account.getId()));
	}

	/** Demo accounts: the published secret, with no recovery codes. */
	@Transactional
	public void enrolDemoSecret(String username, String secret) {
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		account.enrolTotp(this.encryptor.encrypt(secret));
	}

	/** The user as they are now, for completing a login. */
	@Transactional(readOnly = true)
	public Optional<CurrentUser> user(String username) {
		Instant now = this.clock.instant();
		return this.accounts.findByUsername(username).map(account -> new CurrentUser(account, account.isLockedAt(now)));
	}

}
