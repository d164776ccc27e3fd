package cn.gov.cq.jianping.shared.web.nav;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The left menu, one table per role. Roles are keyed by their authority names (strings),
 * so a role that is added or retired changes one row here and never breaks the layout; a
 * role without a row sees only the entries every signed-in user has.
 */
public final class Menu {

	/** One entry of the menu. */
	public record Item(String id, String label, String href) {
	}

	/** A titled group of entries. */
	public record Section(String title, List<Item> items) {
	}

	private static final Item HOME = new Item("menu-home", "工作台", "/");

	private static final Item REGISTRY = new Item("menu-registry", "备案机构库", "/institutions");

	private static final Item CASES = new Item("menu-cases", "评估案件", "/cases");

	private static final Item ROUNDS = new Item("menu-rounds", "评估批次", "/rounds");

	private static final Item EXPERTS = new Item("menu-experts", "专家库", "/experts");

	private static final Item PUBLICITY = new Item("menu-publicity", "公示与公告", "/publicity");

	private static final Item OBJECTIONS = new Item("menu-objections", "评估异议", "/objections");

	private static final Item SUPERVISION = new Item("menu-supervision", "分类监管", "/supervision");

	private static final Item RECTIFICATIONS = new Item("menu-rectifications", "限期整改", "/supervision/rectifications");

	private static final Item DECISIONS = new Item("menu-decisions", "处理决定", "/supervision/decisions");

	private static final Item COMPLAINTS = new Item("menu-complaints", "投诉举报", "/supervision/complaints");

	private static final Item INSPECTIONS = new Item("menu-inspections", "日常检查", "/supervision/inspections");

	private static final Item RENEWALS = new Item("menu-renewals", "延续备案", "/renewals");

	private static final Item DASHBOARD = new Item("menu-dashboard", "统计分析", "/dashboard");

	private static final Item RUBRICS = new Item("menu-rubrics", "评分标准", "/rubrics");

	private static final Item RULE_SETS = new Item("menu-rule-sets", "评分细则", "/rule-sets");

	private static final Item ACCOUNTS = new Item("menu-accounts", "账号管理", "/admin/accounts");

	private static final Item AUDIT = new Item("menu-audit", "审计记录", "/audit");

	private static final Item LOGINS = new Item("menu-logins", "登录记录", "/audit/logins");

	private static final Item MESSAGES = new Item("menu-messages", "站内信", "/messages");

	private static final Item NOTICES = new Item("menu-notices", "通知公告", "/notices");

	private static final Item INSTITUTION_INFO = new Item("menu-institution", "本机构信息", "/home/institution");

	private static final Section MESSAGING = new Section("消息", List.of(MESSAGES, NOTICES));

	private static final Map<String, List<Section>> BY_ROLE = new LinkedHashMap<>();

	static {
		BY_ROLE.put("ROLE_INSTITUTION",
				List.of(new Section("日常办理", List.of(HOME, INSTITUTION_INFO, CASES, RECTIFICATIONS, RENEWALS)),
						new Section("参考", List.of(RUBRICS)), MESSAGING));
		BY_ROLE.put("ROLE_DISTRICT",
				List.of(new Section("日常办理", List.of(HOME, REGISTRY, CASES, RENEWALS)),
						new Section("监管与统计", List.of(SUPERVISION, RECTIFICATIONS, INSPECTIONS, COMPLAINTS, DASHBOARD)),
						new Section("参考", List.of(RUBRICS)), MESSAGING));
		BY_ROLE.put("ROLE_CENTER",
				List.of(new Section("日常办理", List.of(HOME, REGISTRY, ROUNDS, CASES, EXPERTS, RENEWALS)),
						new Section("监管与统计", List.of(SUPERVISION, RECTIFICATIONS, INSPECTIONS, COMPLAINTS, DASHBOARD)),
						new Section("标准与细则", List.of(RUBRICS, RULE_SETS)), MESSAGING));
		BY_ROLE.put("ROLE_BUREAU",
				List.of(new Section("日常办理", List.of(HOME, REGISTRY, ROUNDS, CASES, PUBLICITY, OBJECTIONS, RENEWALS)),
						new Section("监管与统计",
								List.of(SUPERVISION, DECISIONS, RECTIFICATIONS, INSPECTIONS, COMPLAINTS, DASHBOARD)),
						new Section("标准与细则", List.of(RUBRICS, RULE_SETS)), MESSAGING));
		BY_ROLE.put("ROLE_EXPERT",
				List.of(new Section("日常办理", List.of(HOME, CASES)), new Section("参考", List.of(RUBRICS)), MESSAGING));
		// 三员分立: the administrators see no business pages, and only the auditor the
		// records.
		BY_ROLE.put("ROLE_SYSADMIN", List.of(new Section("系统管理", List.of(HOME, ACCOUNTS)), MESSAGING));
		BY_ROLE.put("ROLE_SECADMIN", List.of(new Section("安全管理", List.of(HOME)), MESSAGING));
		BY_ROLE.put("ROLE_AUDITOR", List.of(new Section("安全审计", List.of(HOME, AUDIT, LOGINS)), MESSAGING));
	}

	private Menu() {
	}

	/** The menu of a user with these authorities (usually one role). */
	public static List<Section> of(List<String> authorities) {
		List<Section> sections = new ArrayList<>();
		for (String authority : authorities) {
			sections.addAll(BY_ROLE.getOrDefault(authority, List.of()));
		}
		if (sections.isEmpty()) {
			sections.add(new Section("常用", List.of(HOME)));
			sections.add(MESSAGING);
		}
		return sections;
	}

	/**
	 * Whether the entry is the current page's section: the longest matching prefix wins.
	 */
	public static String activeHref(List<Section> sections, String path) {
		String best = null;
		for (Section section : sections) {
			for (Item item : section.items()) {
				String href = item.href();
				boolean matches = "/".equals(href) ? path.equals("/") || path.startsWith("/home/")
						: path.equals(href) || path.startsWith(href + "/");
				if (matches && (best == null || href.length() > best.length())) {
					best = href;
				}
			}
		}
		return best;
	}

}
