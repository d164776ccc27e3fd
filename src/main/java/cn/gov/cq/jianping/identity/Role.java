package cn.gov.cq.jianping.identity;

/**
 * The seven kinds of user of jianping; the anonymous public needs no account.
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
	/** 系统管理员. */
	ADMIN("系统管理员", "admin");

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

	public String authority() {
		return "ROLE_" + name();
	}

}
