package cn.gov.cq.jianping.identity;

import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 动态口令 by choice, for the roles that do not require it (机构, 区县, 专家 unless 安全管理员 ticks
 * them): a signed-in user sets it up as the mandatory enrolment does (QR code, then
 * recovery codes) and is asked for the code at every later login; they switch it off with
 * a current code or, having lost the phone, with one of their recovery codes. Both are
 * audited.
 */
@Service
public class OptionalSecondFactor {

	private final UserAccounts accounts;

	private final SecondFactors secondFactors;

	private final RecoveryCodeBook recoveryCodes;

	private final SecuritySettings settings;

	private final AuditLog audit;

	OptionalSecondFactor(UserAccounts accounts, SecondFactors secondFactors, RecoveryCodeBook recoveryCodes,
			SecuritySettings settings, AuditLog audit) {
		this.accounts = accounts;
		this.secondFactors = secondFactors;
		this.recoveryCodes = recoveryCodes;
		this.settings = settings;
		this.audit = audit;
	}

	/** Whether the user has 动态口令, and whether their role requires it. */
	public record Status(boolean enrolled, boolean required) {

	}

	@Transactional(readOnly = true)
	public Status status(String username) {
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		return new Status(account.hasTotp(), this.settings.current().requiresMfa(account.getRole()));
	}

	/**
	 * Stores the secret once a code of it is right; the recovery codes to show once, or
	 * empty when the code is wrong or 动态口令 is already set up.
	 */
	@Transactional
	public Optional<List<String>> enrol(String username, String secret, String code) {
		if (this.accounts.findByUsername(username).orElseThrow().hasTotp()) {
			return Optional.empty();
		}
		Optional<List<String>> codes = this.secondFactors.confirmEnrolment(username, secret, code);
		codes.ifPresent(issued -> this.audit.recordCurrent("启用动态口令", "ACCOUNT", username, "用户自行启用，已发放恢复码"));
		return codes;
	}

	/**
	 * Switches 动态口令 off when the code is the current one and the role does not require
	 * it; the reason in Chinese otherwise.
	 */
	@Transactional
	public Optional<String> disable(String username, String code) {
		UserAccount account = this.accounts.findByUsername(username).orElseThrow();
		if (this.settings.current().requiresMfa(account.getRole())) {
			return Optional.of("您的角色必须使用动态口令，不能停用");
		}
		if (!this.secondFactors.acceptsCurrentCodeOrRecoveryCode(account, code)) {
			return Optional.of("动态口令或恢复码不正确，请输入验证器当前显示的 6 位数字或一个未用过的恢复码");
		}
		account.disableTotp();
		this.recoveryCodes.revoke(account.getId());
		this.audit.recordCurrent("停用动态口令", "ACCOUNT", username, "用户以当前动态口令或恢复码确认停用，恢复码作废");
		return Optional.empty();
	}

}
