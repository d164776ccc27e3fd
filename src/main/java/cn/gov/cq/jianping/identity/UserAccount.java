package cn.gov.cq.jianping.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A login of one person in one role, with its binding to an institution or district.
 */
@Entity
@Table(name = "user_account")
class UserAccount {

	/** Five wrong passwords in a row lock the account. */
	static final int MAX_FAILED_ATTEMPTS = 5;

	static final Duration LOCK_DURATION = Duration.ofMinutes(15);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "institution_id")
	private Long institutionId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(nullable = false)
	private boolean enabled = true;

	/** The TOTP secret, encrypted with the field key ({@code FieldEncryptor}). */
	@Column(name = "totp_secret")
	private String totpSecret;

	/** The last time step whose code was accepted: a code is never accepted twice. */
	@Column(name = "totp_last_step")
	private Long totpLastStep;

	@Column(name = "password_changed_at")
	private Instant passwordChangedAt;

	/** An initial or reset password: the next login must change it first. */
	@Column(name = "password_change_required", nullable = false)
	private boolean passwordChangeRequired;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String passwordHash, String displayName, Role role, Long institutionId,
			String districtCode) {
		if (role == Role.INSTITUTION && institutionId == null) {
			throw new IllegalArgumentException("机构账号必须绑定一个机构");
		}
		if (role == Role.DISTRICT && districtCode == null) {
			throw new IllegalArgumentException("区县账号必须绑定一个区县");
		}
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.role = role;
		this.institutionId = role == Role.INSTITUTION ? institutionId : null;
		this.districtCode = role == Role.DISTRICT ? districtCode : null;
	}

	boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/** Counts a wrong password; the fifth in a row locks the account for 15 minutes. */
	void recordFailedLogin(Instant now) {
		recordFailedLogin(now, MAX_FAILED_ATTEMPTS, LOCK_DURATION);
	}

	/**
	 * Counts a wrong password or a wrong 动态口令 (one counter for both); the
	 * {@code threshold}-th in a row locks the account for {@code lockFor}.
	 */
	void recordFailedLogin(Instant now, int threshold, Duration lockFor) {
		if (this.lockedUntil != null && !now.isBefore(this.lockedUntil)) {
			this.failedAttempts = 0;
			this.lockedUntil = null;
		}
		this.failedAttempts++;
		if (this.failedAttempts >= threshold) {
			this.lockedUntil = now.plus(lockFor);
		}
	}

	boolean hasTotp() {
		return this.totpSecret != null;
	}

	String getTotpSecret() {
		return this.totpSecret;
	}

	/** 动态口令 switched off by a user whose role does not require it. */
	void disableTotp() {
		this.totpSecret = null;
		this.totpLastStep = null;
	}

	void enrolTotp(String encryptedSecret) {
		this.totpSecret = encryptedSecret;
		this.totpLastStep = null;
	}

	/**
	 * Accepts the code of a time step only once, and none older than the last accepted
	 * (RFC 6238 §5.2).
	 */
	boolean useTotpStep(long step) {
		if (this.totpLastStep != null && step <= this.totpLastStep) {
			return false;
		}
		this.totpLastStep = step;
		return true;
	}

	void recordSuccessfulLogin() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	/** A password the user chose: it counts from now and need not be changed at once. */
	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.passwordChangeRequired = false;
	}

	/**
	 * A one-time password set by 系统管理员 for a user who lost theirs: it replaces the old
	 * one, lifts a lockout, and must be changed at the next login.
	 */
	void resetPassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
		this.passwordChangeRequired = true;
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	/** An initial password set by an administrator: to be changed at first login. */
	void requirePasswordChange() {
		this.passwordChangeRequired = true;
	}

	/**
	 * Whether the password must be changed before anything else: an initial password, or
	 * one older than {@code expiryDays} (0: passwords never expire).
	 */
	boolean mustChangePasswordAt(Instant now, int expiryDays) {
		if (this.passwordChangeRequired) {
			return true;
		}
		if (expiryDays <= 0 || this.passwordChangedAt == null) {
			return false;
		}
		return !now.isBefore(this.passwordChangedAt.plus(Duration.ofDays(expiryDays)));
	}

	Instant getPasswordChangedAt() {
		return this.passwordChangedAt;
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	String getDisplayName() {
		return this.displayName;
	}

	Role getRole() {
		return this.role;
	}

	Long getInstitutionId() {
		return this.institutionId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	int getFailedAttempts() {
		return this.failedAttempts;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	boolean isEnabled() {
		return this.enabled;
	}

}
