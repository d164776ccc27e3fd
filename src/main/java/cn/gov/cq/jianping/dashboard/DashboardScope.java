package cn.gov.cq.jianping.dashboard;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;

import org.springframework.security.access.AccessDeniedException;

/**
 * Whose figures a user sees: the bureau and the center every case, a district office the
 * cases of its own district; anyone else none (the URL chain already keeps them out).
 */
record DashboardScope(boolean all, String districtCode) {

	static DashboardScope of(CurrentUser user) {
		DataScope scope = DataScope.of(user);
		if (scope.all()) {
			return new DashboardScope(true, null);
		}
		if (scope.districtCode() != null) {
			return new DashboardScope(false, scope.districtCode());
		}
		throw new AccessDeniedException("无权查看统计分析");
	}

	/** For the SQL parameter: a code that matches no case when the scope is all. */
	String districtParam() {
		return this.districtCode == null ? "" : this.districtCode;
	}

}
