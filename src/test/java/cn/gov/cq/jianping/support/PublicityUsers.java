package cn.gov.cq.jianping.support;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

/**
 * The users the publicity and supervision tests act as, by role, with the usernames their
 * records (audit, timeline, panels) name.
 */
public final class PublicityUsers {

	private PublicityUsers() {
	}

	public static CurrentUser bureau() {
		return user("bureau", "市局", Role.BUREAU, null, null);
	}

	public static CurrentUser center() {
		return user("center", "中心", Role.CENTER, null, null);
	}

	public static CurrentUser expert(String username) {
		return user(username, username, Role.EXPERT, null, null);
	}

	public static CurrentUser institution(String username, long institutionId) {
		return user(username, "机构", Role.INSTITUTION, institutionId, null);
	}

	public static CurrentUser district(String username, String districtCode) {
		return user(username, "区县", Role.DISTRICT, null, districtCode);
	}

	private static CurrentUser user(String username, String displayName, Role role, Long institutionId,
			String districtCode) {
		return new CurrentUser(0, username, "", displayName, role, institutionId, districtCode, false, true);
	}

}
