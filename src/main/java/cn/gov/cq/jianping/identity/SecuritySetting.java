package cn.gov.cq.jianping.identity;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The one row of security settings that 安全管理员 keeps (password expiry, lockout, roles that
 * need 动态口令, sessions, the administrators' allowed networks).
 */
@Entity
@Table(name = "security_setting")
class SecuritySetting {

	/**
	 * Roles that must always use 动态口令 (等保 level 3: administrators and the deciding
	 * offices); names, so roles added or removed elsewhere need no change here.
	 */
	static final Set<String> MANDATORY_MFA_ROLES = Set.of("BUREAU", "CENTER", "SYSADMIN", "SECADMIN", "AUDITOR");

	@Id
	private Integer id;

	@Column(name = "password_expiry_days", nullable = false)
	private int passwordExpiryDays;

	@Column(name = "lockout_threshold", nullable = false)
	private int lockoutThreshold;

	@Column(name = "lockout_minutes", nullable = false)
	private int lockoutMinutes;

	@Column(name = "mfa_roles", nullable = false)
	private String mfaRoles;

	@Column(name = "max_sessions", nullable = false)
	private int maxSessions;

	@Column(name = "session_lifetime_hours", nullable = false)
	private int sessionLifetimeHours;

	@Column(name = "captcha_after_failures", nullable = false)
	private int captchaAfterFailures;

	@Column(name = "admin_allowed_networks", nullable = false)
	private String adminAllowedNetworks;

	@Version
	private long version;

	protected SecuritySetting() {
	}

	/** The defaults of the migration, for tests without a database. */
	static SecuritySetting defaults() {
		SecuritySetting setting = new SecuritySetting();
		setting.id = 1;
		setting.passwordExpiryDays = 0;
		setting.lockoutThreshold = UserAccount.MAX_FAILED_ATTEMPTS;
		setting.lockoutMinutes = (int) UserAccount.LOCK_DURATION.toMinutes();
		setting.mfaRoles = String.join(",", MANDATORY_MFA_ROLES);
		setting.maxSessions = 1;
		setting.sessionLifetimeHours = 12;
		setting.adminAllowedNetworks = "";
		setting.captchaAfterFailures = LoginThrottlePolicy.defaults().captchaAfterUsernameFailures();
		return setting;
	}

	boolean requiresMfa(Role role) {
		return MANDATORY_MFA_ROLES.contains(role.name()) || mfaRoleNames().contains(role.name());
	}

	Set<String> mfaRoleNames() {
		return Arrays.stream(this.mfaRoles.split(","))
			.map(String::trim)
			.filter(name -> !name.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	void update(int passwordExpiryDays, int lockoutThreshold, int lockoutMinutes, Set<String> mfaRoles, int maxSessions,
			int sessionLifetimeHours, int captchaAfterFailures, String adminAllowedNetworks) {
		Set<String> roles = new LinkedHashSet<>(MANDATORY_MFA_ROLES);
		roles.addAll(mfaRoles);
		this.passwordExpiryDays = passwordExpiryDays;
		this.lockoutThreshold = lockoutThreshold;
		this.lockoutMinutes = lockoutMinutes;
		this.mfaRoles = String.join(",", roles);
		this.maxSessions = maxSessions;
		this.sessionLifetimeHours = sessionLifetimeHours;
		this.captchaAfterFailures = captchaAfterFailures;
		this.adminAllowedNetworks = AllowedNetworks.normalize(adminAllowedNetworks);
	}

	int passwordExpiryDays() {
		return this.passwordExpiryDays;
	}

	int lockoutThreshold() {
		return this.lockoutThreshold;
	}

	Duration lockoutDuration() {
		return Duration.ofMinutes(this.lockoutMinutes);
	}

	int lockoutMinutes() {
		return this.lockoutMinutes;
	}

	/** Sessions one account may hold at once; 0 means no limit. */
	int maxSessions() {
		return this.maxSessions;
	}

	Duration sessionLifetime() {
		return Duration.ofHours(this.sessionLifetimeHours);
	}

	int sessionLifetimeHours() {
		return this.sessionLifetimeHours;
	}

	/** Recent failures of a username after which the login form asks the 验证码. */
	int captchaAfterFailures() {
		return this.captchaAfterFailures;
	}

	String adminAllowedNetworks() {
		return this.adminAllowedNetworks;
	}

	/**
	 * Whether this role may sign in and work from this client address: the three
	 * administrators of 三员分立 only from the allowed networks (none listed: anywhere).
	 */
	boolean allowsAddress(Role role, String address) {
		return !role.administrator() || AllowedNetworks.parse(this.adminAllowedNetworks).allows(address);
	}

	long version() {
		return this.version;
	}

}
