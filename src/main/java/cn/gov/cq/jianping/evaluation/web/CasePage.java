package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.CategoryDefinition;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.model.CategoryScore;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.scoring.model.ItemScore;

/**
 * What the case page derives from a {@link CaseViews.CaseDetail}: the sheets side by side
 * per item, and which buttons the user gets.
 */
final class CasePage {

	private CasePage() {
	}

	/** One sheet as a column of the side-by-side table. */
	record Column(String header, SheetKind kind, boolean submitted, Map<String, BigDecimal> items,
			Map<String, BigDecimal> categories, BigDecimal total, Grade grade) {
	}

	/** The buttons of the case page. */
	record Actions(boolean fillSelf, boolean viewSelf, boolean districtReview, boolean viewDistrict,
			boolean expertScore, boolean consolidate, boolean formPanel, boolean centerReview, boolean bureauReview) {
	}

	static List<Column> columns(CaseViews.CaseDetail detail) {
		List<CaseViews.SheetView> sheets = new ArrayList<>(detail.sheets());
		sheets.sort(Comparator.comparing(CaseViews.SheetView::kind));
		List<Column> columns = new ArrayList<>();
		for (CaseViews.SheetView sheet : sheets) {
			columns.add(column(detail.rubric(), sheet));
		}
		return columns;
	}

	static Column column(RubricDefinition rubric, CaseViews.SheetView sheet) {
		String header = switch (sheet.kind()) {
			case SELF -> "自评";
			case DISTRICT -> "区县初评";
			case EXPERT -> sheet.authorName();
			case PANEL -> "专家组";
		};
		Map<String, BigDecimal> items = new LinkedHashMap<>();
		Map<String, BigDecimal> categories = new LinkedHashMap<>();
		BigDecimal total = sheet.total();
		Grade grade = sheet.grade();
		if (sheet.result() != null) {
			for (ItemScore item : sheet.result().items()) {
				if (sheet.kind() != SheetKind.DISTRICT || item.complete()) {
					items.put(item.code(), item.score());
				}
			}
			for (CategoryScore category : sheet.result().categories()) {
				categories.put(category.code(), category.score());
			}
			total = total == null ? sheet.result().total() : total;
			grade = grade == null ? sheet.result().grade() : grade;
		}
		else {
			// The panel sheet keeps consolidated criterion values only: sum them per item
			// and category.
			sheet.entries().forEach((code, entry) -> {
				if (entry.input() != null && entry.input().value() != null) {
					rubric.itemOfCriterion(code)
						.ifPresent(item -> items.merge(item.code(), entry.input().value(), BigDecimal::add));
				}
			});
			for (CategoryDefinition category : rubric.categories()) {
				BigDecimal sum = null;
				for (ItemDefinition item : category.items()) {
					if (items.containsKey(item.code())) {
						sum = (sum == null ? BigDecimal.ZERO : sum).add(items.get(item.code()));
					}
				}
				if (sum != null) {
					categories.put(category.code(), sum);
				}
			}
		}
		return new Column(header, sheet.kind(), sheet.submitted(), items, categories, total, grade);
	}

	/** District opinions keyed by item code, when the district's sheet is visible. */
	static Map<String, String> districtNotes(CaseViews.CaseDetail detail) {
		Map<String, String> notes = new LinkedHashMap<>();
		CaseViews.SheetView district = detail.sheet(SheetKind.DISTRICT);
		if (district != null) {
			district.entries().forEach((code, entry) -> {
				if (entry.note() != null && !entry.note().isBlank()) {
					notes.put(code, entry.note());
				}
			});
		}
		return notes;
	}

	static Actions actions(CurrentUser user, CaseViews.CaseDetail detail) {
		CaseStage stage = detail.summary().stage();
		Role role = user.role();
		CaseViews.MemberView me = member(user, detail);
		long submittedExperts = detail.sheets(SheetKind.EXPERT).stream().filter(CaseViews.SheetView::submitted).count();
		boolean onPanel = me != null && stage.allows(role, CaseAction.EDIT_EXPERT_SHEET);
		return new Actions(stage.allows(role, CaseAction.EDIT_SELF_SHEET), detail.sheet(SheetKind.SELF) != null,
				stage.allows(role, CaseAction.EDIT_DISTRICT_SHEET),
				detail.sheet(SheetKind.DISTRICT) != null && !user.hasRole(Role.DISTRICT), onPanel,
				onPanel && me.lead() && !detail.panel().isEmpty() && submittedExperts >= detail.panel().size(),
				stage.allows(role, CaseAction.FORM_PANEL), stage.allows(role, CaseAction.REPORT_TO_BUREAU),
				stage.allows(role, CaseAction.APPROVE));
	}

	/** The cards of the center's panel page, by the stage table. */
	record PanelActions(boolean proceedWithoutSelf, boolean proceedWithoutDistrict, boolean formPanel,
			boolean awaitingBureau, boolean reopen, boolean centerReview) {

		static PanelActions of(CurrentUser user, CaseStage stage) {
			Role role = user.role();
			return new PanelActions(stage.allows(role, CaseAction.PROCEED_WITHOUT_SELF_ASSESSMENT),
					stage.allows(role, CaseAction.PROCEED_WITHOUT_DISTRICT_REVIEW),
					stage.allows(role, CaseAction.FORM_PANEL), stage.allows(Role.BUREAU, CaseAction.APPROVE),
					stage.allows(role, CaseAction.REOPEN), stage.allows(role, CaseAction.REPORT_TO_BUREAU));
		}

	}

	static CaseViews.MemberView member(CurrentUser user, CaseViews.CaseDetail detail) {
		if (!user.hasRole(Role.EXPERT)) {
			return null;
		}
		return detail.panel().stream().filter(m -> m.username().equals(user.getUsername())).findFirst().orElse(null);
	}

	/** The expert's own sheet, if they have saved one. */
	static CaseViews.SheetView ownExpertSheet(CurrentUser user, CaseViews.CaseDetail detail) {
		return detail.sheets(SheetKind.EXPERT)
			.stream()
			.filter(s -> s.author().equals(user.getUsername()))
			.findFirst()
			.orElse(null);
	}

}
