package cn.gov.cq.jianping.evaluation.model;

import cn.gov.cq.jianping.evaluation.SheetKind;

/**
 * Which sheet may be edited when: each kind of sheet belongs to one action of the stage
 * table, an expert must have signed the no-conflict declaration first, and the panel's
 * sheet is never edited by hand.
 */
public final class SheetEditing {

	private SheetEditing() {
	}

	/** The action of the stage table under which a sheet of this kind is edited. */
	public static CaseAction editAction(SheetKind kind) {
		return switch (kind) {
			case SELF -> CaseAction.EDIT_SELF_SHEET;
			case DISTRICT -> CaseAction.EDIT_DISTRICT_SHEET;
			case EXPERT -> CaseAction.EDIT_EXPERT_SHEET;
			case PANEL -> throw new IllegalTransitionException("专家组汇总表由组长在汇总时生成");
		};
	}

	/**
	 * Refuses, with the reason, unless a sheet of this kind may be edited at this stage.
	 * The role is checked before by the caller (a wrong role is a denied access, not a
	 * refusal).
	 * @param declared for an expert's sheet: whether they signed the no-conflict
	 * declaration
	 */
	public static void requireMayEdit(SheetKind kind, CaseStage stage, boolean declared) {
		editAction(kind).requireStage(stage);
		if (kind == SheetKind.EXPERT && !declared) {
			throw new IllegalTransitionException("请先签署无利益冲突声明");
		}
	}

}
