package cn.gov.cq.jianping.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.audit.AuditLog;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts and changing passwords, always under the password policy.
 */
@Service
public class Accounts {

	/** The published 动态口令 secret of the demo accounts that need one (README). */
	public static final String DEMO_TOTP_SECRET = "JIANPINGDEMOTOTP";

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final SecondFactors secondFactors;

	private final PasswordChoices choices;

	private final AuditLog auditLog;

	private final Clock clock;

	Accounts(UserAccounts accounts, PasswordEncoder passwordEncoder, SecondFactors secondFactors,
			PasswordChoices choices, AuditLog auditLog, Clock clock) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.secondFactors = secondFactors;
		this.choices = choices;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A new account; the reason for refusal comes back in Chinese. */
	public record NewAccount(String username, String password, String displayName, Role role, Long institutionId,
			String districtCode) {
	}

	@Transactional
	public long create(NewAccount request) {
		if (this.accounts.existsByUsername(request.username())) {
			throw new AccountRejectedException("username", "用户名“" + request.username() + "”已存在");
		}
		Optional<String> passwordProblem = PasswordPolicy.problemWith(request.password());
		if (passwordProblem.isPresent()) {
			throw new AccountRejectedException("password", passwordProblem.get());
		}
		this.choices.refuseCompromised(request.password(), "password");
		if (request.role() == Role.INSTITUTION && request.institutionId() == null) {
			throw new AccountRejectedException("institutionId", "机构账号必须选择所属机构");
		}
		if (request.role() == Role.DISTRICT && (request.districtCode() == null || request.districtCode().isBlank())) {
			throw new AccountRejectedException("districtCode", "区县账号必须选择所属区县");
		}
		separationProblem(request).ifPresent(problem -> {
			throw new AccountRejectedException("role", problem);
		});
		String hash = this.passwordEncoder.encode(request.password());
		UserAccount account = new UserAccount(request.username(), hash, request.displayName(), request.role(),
				request.institutionId(), request.districtCode());
		account.changePassword(hash, this.clock.instant());
		long id = this.accounts.save(account).getId();
		this.choices.remember(id, hash, this.clock.instant());
		this.auditLog.recordCurrent("创建账号", "ACCOUNT", request.username(),
				"角色：" + request.role().label()
						+ (request.institutionId() == null ? "" : "，绑定机构 " + request.institutionId())
						+ (request.districtCode() == null || request.districtCode().isBlank() ? ""
								: "，绑定区县 " + request.districtCode()));
		return id;
	}

	/** A real account as 系统管理员 opens it: the system chooses its initial password. */
	public record Opening(String username, String displayName, Role role, Long institutionId, String districtCode) {
	}

	/**
	 * A real account with a generated one-time password, which must be changed at the
	 * first login; the password comes back to be shown once and is kept only as a hash
	 * (the audit record names the account, never the password).
	 */
	@Transactional
	public String open(Opening opening) {
		String password = OneTimePasswords.generate();
		create(new NewAccount(opening.username(), password, opening.displayName(), opening.role(),
				opening.institutionId(), opening.districtCode()));
		this.accounts.findByUsername(opening.username()).orElseThrow().requirePasswordChange();
		return password;
	}

	/**
	 * 系统管理员 gives a user a new one-time password (the old one no longer works, a lockout
	 * ends); to be changed at the next login. Their own password they change on the
	 * password page, knowing the current one.
	 */
	@Transactional
	public String resetPassword(String username) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new AccountRejectedException("username", "账号不存在"));
		if (username.equals(AuditLog.Actor.current().name())) {
			throw new AccountRejectedException("username", "不能重置自己的密码，请在“修改密码”页面修改");
		}
		String password = OneTimePasswords.generate();
		String hash = this.passwordEncoder.encode(password);
		account.resetPassword(hash, this.clock.instant());
		this.choices.remember(account.getId(), hash, this.clock.instant());
		this.auditLog.recordCurrent("重置密码", "ACCOUNT", username, "生成一次性密码，须在下次登录时修改");
		return password;
	}

	/**
	 * A demo account (published password): one whose role needs 动态口令 gets the published
	 * secret {@value #DEMO_TOTP_SECRET}.
	 */
	@Transactional
	public long createDemo(NewAccount request) {
		long id = create(request);
		UserAccount account = this.accounts.findByUsername(request.username()).orElseThrow();
		if (this.secondFactors.stepFor(account) == SecondFactors.Step.ENROL) {
			this.secondFactors.enrolDemoSecret(request.username(), DEMO_TOTP_SECRET);
		}
		return id;
	}

	/**
	 * 三员分立: an account holds one role, and the person it names (its display name) may
	 * hold at most one of the three administrator roles, so no one both acts and audits.
	 */
	private Optional<String> separationProblem(NewAccount request) {
		if (request.role() == null || !request.role().administrator()) {
			return Optional.empty();
		}
		return this.accounts.findByDisplayName(request.displayName())
			.stream()
			.filter(other -> other.getRole().administrator() && other.getRole() != request.role())
			.findFirst()
			.map(other -> "“" + request.displayName() + "”已是" + other.getRole().label() + "（账号 " + other.getUsername()
					+ "），同一人不能兼任系统管理员、安全管理员、安全审计员中的两种（三员分立）");
	}

	@Transactional
	public void changePassword(String username, String currentPassword, String newPassword) {
		UserAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new AccountRejectedException("currentPassword", "账号不存在"));
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new AccountRejectedException("currentPassword", "当前密码不正确");
		}
		PasswordPolicy.problemWith(newPassword).ifPresent(problem -> {
			throw new AccountRejectedException("newPassword", problem);
		});
		this.choices.refuseCompromised(newPassword, "newPassword");
		this.choices.refuseReused(account, newPassword, "newPassword");
		String hash = this.passwordEncoder.encode(newPassword);
		account.changePassword(hash, this.clock.instant());
		this.choices.remember(account.getId(), hash, this.clock.instant());
		this.auditLog.recordCurrent("修改密码", "ACCOUNT", username, null);
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(username);
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.count();
	}

	/** A row of the account list. */
	public record AccountRow(String username, String displayName, Role role, Long institutionId, String districtCode,
			boolean locked) {
	}

	@Transactional(readOnly = true)
	public List<AccountRow> list() {
		return this.accounts.findAllByOrderByRoleAscUsernameAsc()
			.stream()
			.map(a -> new AccountRow(a.getUsername(), a.getDisplayName(), a.getRole(), a.getInstitutionId(),
					a.getDistrictCode(), a.getLockedUntil() != null))
			.toList();
	}

	/** Refusal of an account change, naming the form field at fault. */
	public static class AccountRejectedException extends RuntimeException {

		private final String field;

		public AccountRejectedException(String field, String message) {
			super(message);
			this.field = field;
		}

		public String field() {
			return this.field;
		}

	}

}
