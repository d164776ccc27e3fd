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
