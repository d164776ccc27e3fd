package cn.gov.cq.jianping.support;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

/**
 * Accounts for the evaluation tests that need a particular username (an expert's must
 * match the pool entry; an institution's shows on the timeline), beside the role accounts
 * of {@link Users}.
 */
public final class EvaluationUsers {

	private EvaluationUsers() {
	}

	/** An enabled, unlocked account with this username and display name. */
	public static CurrentUser account(String username, String displayName, Role role, Long institutionId,
			String districtCode) {
		return new CurrentUser(0, username, "", displayName, role, institutionId, districtCode, false, true);
	}

	/** An expert whose username (and display name) matches the pool entry. */
	public static CurrentUser expert(String username) {
		return account(username, username, Role.EXPERT, null, null);
	}

	public static CurrentUser institution(String username, long institutionId) {
		return account(username, "机构", Role.INSTITUTION, institutionId, null);
	}

	public static CurrentUser district(String username, String displayName, String districtCode) {
		return account(username, displayName, Role.DISTRICT, null, districtCode);
	}

}
