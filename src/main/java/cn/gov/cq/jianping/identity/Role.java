package cn.gov.cq.jianping.identity;

/**
 * The kinds of user of jianping; the anonymous public needs no account. Five business
 * roles and the three administrators of 三员分立 (separation of system, security and audit
 * administration, GB/T 22239-2019 8.1.4.2): an account holds exactly one role, and no
 * administrator reaches business data.
 */
public enum Role {

	/** 机构: bound to one institution. */
	INSTITUTION("机构", "institution"),
	/** 区县人社部门: bound to one district code. */
	DISTRICT("区县人社部门", "district"),
	/** 市职业技能鉴定指导中心. */
	CENTER("鉴定指导中心", "center"),
	/** 评估专家. */
	EXPERT("评估专家", "expert"),
	/** 市人力社保局. */
	BUREAU("市人社局", "bureau"),
	/** 系统管理员: accounts and roles; no business data, no audit records. */
	SYSADMIN("系统管理员", "sysadmin"),
	/** 安全管理员: security settings (password policy, lockout, sessions). */
	SECADMIN("安全管理员", "secadmin"),
	/** 安全审计员: reads and exports the audit and login records; changes nothing. */
	AUDITOR("安全审计员", "auditor");

	private final String label;

	private final String homeSegment;

	Role(String label, String homeSegment) {
		this.label = label;
		this.homeSegment = homeSegment;
	}

	public String label() {
		return this.label;
	}

	/** The page each role lands on after login. */
	public String homePath() {
		return "/home/" + this.homeSegment;
	}

	/** One of the three administrators of 三员分立, who see no business data. */
	public boolean administrator() {
		return this == SYSADMIN || this == SECADMIN || this == AUDITOR;
	}

	public String authority() {
		return "ROLE_" + name();
	}

}
