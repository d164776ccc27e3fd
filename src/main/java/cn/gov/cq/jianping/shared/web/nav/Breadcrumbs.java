package cn.gov.cq.jianping.shared.web.nav;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Breadcrumbs for every page from a small registry by path: each known path prefix has a
 * label, an id segment reads 详情, and the last crumb is the current page (no link).
 */
public final class Breadcrumbs {

	/** One crumb; {@code href} is null for the current page. */
	public record Crumb(String label, String href) {
	}

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("/institutions", "备案机构库"),
			Map.entry("/institutions/new", "新增机构"), Map.entry("/institutions/import", "批量导入"),
			Map.entry("/cases", "评估案件"), Map.entry("/rounds", "评估批次"), Map.entry("/renewals", "延续备案"),
			Map.entry("/rounds/new", "新建批次"), Map.entry("/experts", "专家库"), Map.entry("/publicity", "公示与公告"),
			Map.entry("/objections", "评估异议"), Map.entry("/announcements", "评估公告"), Map.entry("/supervision", "分类监管"),
			Map.entry("/supervision/rectifications", "限期整改"), Map.entry("/supervision/decisions", "处理决定"),
			Map.entry("/supervision/inspections", "检查计划"), Map.entry("/supervision/draws", "抽查"),
			Map.entry("/supervision/complaints", "投诉举报"), Map.entry("/supervision/institutions", "机构"),
			Map.entry("/rubrics", "评分标准"), Map.entry("/rule-sets", "评分细则"), Map.entry("/admin/accounts", "账号管理"),
			Map.entry("/account/password", "修改密码"), Map.entry("/messages", "站内信"), Map.entry("/notices", "通知公告"),
			Map.entry("/notices/new", "发布通知公告"), Map.entry("/dashboard", "统计分析"),
			Map.entry("/home/institution", "本机构信息"), Map.entry("/scoring/preview", "评分试算"),
			Map.entry("/public/publicity", "评估结果公示"), Map.entry("/public/institutions", "等级信息查询"),
			Map.entry("/public/announcements", "评估公告"), Map.entry("/public/objections", "评估异议"),
			Map.entry("/public/objections/status", "异议查询"));

	private static final Map<String, String> ACTIONS = Map.of("edit", "编辑", "sheet", "评分表", "review", "审核", "panel",
			"专家组", "consolidate", "汇总", "complaints", "投诉举报", "standing", "等级管理", "declaration", "声明");

	private Breadcrumbs() {
	}

	/** The trail of a request path, starting at the home page. */
	public static List<Crumb> of(String path) {
		List<Crumb> crumbs = new ArrayList<>();
		if (path == null || path.isEmpty() || "/".equals(path) || path.startsWith("/home/") && !LABELS.containsKey(path)
				|| "/login".equals(path) || "/error".equals(path)) {
			return crumbs;
		}
		boolean isPublic = path.startsWith("/public/");
		crumbs.add(new Crumb(isPublic ? "首页" : "工作台", "/"));
		String[] segments = path.split("/");
		StringBuilder prefix = new StringBuilder();
		for (int i = 1; i < segments.length; i++) {
			String segment = segments[i];
			if (segment.isEmpty()) {
				continue;
			}
			prefix.append('/').append(segment);
			String label = LABELS.get(prefix.toString());
			if (label == null && segment.chars().allMatch(Character::isDigit)) {
				label = "详情";
			}
			if (label == null) {
				label = ACTIONS.get(segment);
			}
			if (label != null) {
				crumbs.add(new Crumb(label, prefix.toString()));
			}
		}
		if (crumbs.size() == 1) {
			return List.of();
		}
		Crumb last = crumbs.remove(crumbs.size() - 1);
		crumbs.add(new Crumb(last.label(), null));
		return crumbs;
	}

}
