package cn.gov.cq.jianping.support;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

/**
 * Logged-in users for MockMvc requests, bound as the demo accounts are.
 */
public final class Users {

	private Users() {
	}

	public static CurrentUser user(Role role, Long institutionId, String districtCode) {
		return CurrentUser.of(role, institutionId, districtCode);
	}

	/**
	 * A user with its own login name (and display name), for tests where who acted is
	 * recorded: use it instead of the nine-argument {@code new CurrentUser(...)}.
	 */
	public static CurrentUser named(String username, String displayName, Role role, Long institutionId,
			String districtCode) {
		return new CurrentUser(0, username, "", displayName, role, institutionId, districtCode, false, true);
	}

	/** An expert by login name, e.g. {@code expert1}. */
	public static CurrentUser expertNamed(String username) {
		return named(username, username, Role.EXPERT, null, null);
	}

	/** The account of an institution. */
	public static CurrentUser institutionUser(long institutionId) {
		return named("inst-" + institutionId, "机构", Role.INSTITUTION, institutionId, null);
	}

	/** A district office's account. */
	public static CurrentUser districtUser(String districtCode) {
		return named("district", "区县", Role.DISTRICT, null, districtCode);
	}

	/** 系统管理员. */
	public static RequestPostProcessor sysadmin() {
		return as(user(Role.SYSADMIN, null, null));
	}

	/** 安全管理员. */
	public static RequestPostProcessor secadmin() {
		return as(user(Role.SECADMIN, null, null));
	}

	/** 安全审计员. */
	public static RequestPostProcessor auditor() {
		return as(user(Role.AUDITOR, null, null));
	}

	public static RequestPostProcessor as(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors.user(user);
	}

	public static RequestPostProcessor center() {
		return as(user(Role.CENTER, null, null));
	}

	public static RequestPostProcessor bureau() {
		return as(user(Role.BUREAU, null, null));
	}

	public static RequestPostProcessor expert() {
		return as(user(Role.EXPERT, null, null));
	}

	public static RequestPostProcessor district(String code) {
		return as(user(Role.DISTRICT, null, code));
	}

	public static RequestPostProcessor institution(long id) {
		return as(user(Role.INSTITUTION, id, null));
	}

}
