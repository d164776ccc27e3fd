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
		if (this.lockedUntil != null && !now.isBefore(this.lockedUntil)) {
			this.failedAttempts = 0;
			this.lockedUntil = null;
		}
		this.failedAttempts++;
		if (this.failedAttempts >= MAX_FAILED_ATTEMPTS) {
			this.lockedUntil = now.plus(LOCK_DURATION);
		}
	}

	void recordSuccessfulLogin() {
		this.failedAttempts = 0;
		this.lockedUntil = null;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
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
