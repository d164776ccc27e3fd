package cn.gov.cq.jianping.identity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.gov.cq.jianping.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 安全管理员 reads and changes the security settings; every change is audited with the values
 * before and after.
 */
@Service
public class SecurityPolicy {

	private final SecuritySettings settings;

	private final AuditLog audit;

	SecurityPolicy(SecuritySettings settings, AuditLog audit) {
		this.settings = settings;
		this.audit = audit;
	}

	/** The settings as the page shows and edits them. */
	public record Settings(int passwordExpiryDays, int lockoutThreshold, int lockoutMinutes, Set<Role> mfaRoles,
			int maxSessions, int sessionLifetimeHours, int captchaAfterFailures, String adminAllowedNetworks) {

	}

	/** Roles that always need 动态口令; the page cannot untick them. */
	public static Set<Role> mandatoryMfaRoles() {
		Set<Role> roles = new LinkedHashSet<>();
		Arrays.stream(Role.values())
			.filter(role -> SecuritySetting.MANDATORY_MFA_ROLES.contains(role.name()))
			.forEach(roles::add);
		return roles;
	}

	@Transactional(readOnly = true)
	public Settings current() {
		return view(this.settings.current());
	}

	@Transactional
	public void change(String actor, Settings changed) {
		SecuritySetting setting = this.settings.findById(1).orElseThrow();
		Settings before = view(setting);
		Set<String> roles = new LinkedHashSet<>();
		changed.mfaRoles().forEach(role -> roles.add(role.name()));
		setting.update(changed.passwordExpiryDays(), changed.lockoutThreshold(), changed.lockoutMinutes(), roles,
				changed.maxSessions(), changed.sessionLifetimeHours(), changed.captchaAfterFailures(),
				changed.adminAllowedNetworks());
		Settings after = view(setting);
		List<String> differences = new ArrayList<>();
		compare(differences, "密码有效期（天）", before.passwordExpiryDays(), after.passwordExpiryDays());
		compare(differences, "锁定阈值（次）", before.lockoutThreshold(), after.lockoutThreshold());
		compare(differences, "锁定时长（分钟）", before.lockoutMinutes(), after.lockoutMinutes());
		compare(differences, "须动态口令的角色", labels(before.mfaRoles()), labels(after.mfaRoles()));
		compare(differences, "每账号会话数", before.maxSessions(), after.maxSessions());
		compare(differences, "会话最长时限（小时）", before.sessionLifetimeHours(), after.sessionLifetimeHours());
		compare(differences, "几次失败后须验证码", before.captchaAfterFailures(), after.captchaAfterFailures());
		compare(differences, "管理员允许的地址范围", networks(before.adminAllowedNetworks()),
				networks(after.adminAllowedNetworks()));
		this.audit.record(actor, "安全设置修改", "security_setting", 1,
				differences.isEmpty() ? "未改变" : String.join("；", differences));
	}

	private static void compare(List<String> differences, String name, Object before, Object after) {
		if (!before.equals(after)) {
			differences.add(name + "：" + before + " → " + after);
		}
	}

	private static String networks(String list) {
		return list.isEmpty() ? "不限" : list.replace("\n", "、");
	}

	private static String labels(Set<Role> roles) {
		return String.join("、", roles.stream().map(Role::label).toList());
	}

	private static Settings view(SecuritySetting setting) {
		Set<Role> roles = new LinkedHashSet<>();
		Arrays.stream(Role.values()).filter(setting::requiresMfa).forEach(roles::add);
		return new Settings(setting.passwordExpiryDays(), setting.lockoutThreshold(), setting.lockoutMinutes(), roles,
				setting.maxSessions(), setting.sessionLifetimeHours(), setting.captchaAfterFailures(),
				setting.adminAllowedNetworks());
	}

}
