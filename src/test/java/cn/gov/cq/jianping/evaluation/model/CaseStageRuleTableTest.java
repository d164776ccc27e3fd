package cn.gov.cq.jianping.evaluation.model;

import java.util.EnumSet;

import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.identity.Role;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseStageRuleTableTest {

	@Test
	void onlyTheBureauApprovesAndOnlyAtBureauReview() {
		assertThat(CaseStage.BUREAU_REVIEW.allows(Role.BUREAU, CaseAction.APPROVE)).isTrue();
		assertThat(CaseStage.BUREAU_REVIEW.allows(Role.CENTER, CaseAction.APPROVE)).isFalse();
		assertThat(CaseStage.APPROVED.allows(Role.BUREAU, CaseAction.APPROVE)).isFalse();
	}

	@Test
	void eachActionBelongsToExactlyOneStageAndOneRole() {
		for (CaseAction action : CaseAction.values()) {
			int allowed = 0;
			for (CaseStage stage : CaseStage.values()) {
				for (Role role : Role.values()) {
					allowed += stage.allows(role, action) ? 1 : 0;
				}
			}
			assertThat(allowed).as(action.name()).isEqualTo(1);
		}
	}

	@Test
	void theCenterAtCenterEvaluationMayFormThePanelOnly() {
		assertThat(CaseStage.CENTER_EVALUATION.actionsOf(Role.CENTER)).isEqualTo(EnumSet.of(CaseAction.FORM_PANEL));
		assertThat(CaseStage.CENTER_EVALUATION.actionsOf(Role.EXPERT)).containsExactlyInAnyOrder(
				CaseAction.EDIT_EXPERT_SHEET, CaseAction.SUBMIT_EXPERT_SHEET, CaseAction.SUBMIT_INITIAL_GRADE);
		assertThat(CaseStage.APPROVED.actionsOf(Role.INSTITUTION)).isEmpty();
	}

	@Test
	void aWrongRoleIsRefusedWithTheRolesReasonAndAWrongStageWithTheStage() {
		assertThatThrownBy(() -> CaseAction.APPROVE.require(Role.CENTER, CaseStage.BUREAU_REVIEW))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("只有市人力社保局可以审核");
		assertThatThrownBy(() -> CaseAction.APPROVE.require(Role.BUREAU, CaseStage.APPROVED))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("当前环节为“审核通过”，不能审核通过");
	}

	@Test
	void anExpertEditsTheirSheetOnlyAfterSigningTheDeclaration() {
		assertThatThrownBy(() -> SheetEditing.requireMayEdit(SheetKind.EXPERT, CaseStage.CENTER_EVALUATION, false))
			.hasMessage("请先签署无利益冲突声明");
		SheetEditing.requireMayEdit(SheetKind.EXPERT, CaseStage.CENTER_EVALUATION, true);
		assertThatThrownBy(() -> SheetEditing.requireMayEdit(SheetKind.SELF, CaseStage.DISTRICT_REVIEW, true))
			.hasMessage("当前环节为“区县初评”，不能修改自评");
		assertThatThrownBy(() -> SheetEditing.requireMayEdit(SheetKind.PANEL, CaseStage.CENTER_EVALUATION, true))
			.hasMessage("专家组汇总表由组长在汇总时生成");
	}

	@Test
	void onlyTheCenterReportsOrReturnsAtCenterReview() {
		assertThat(CaseStage.CENTER_REVIEW.actionsOf(Role.CENTER))
			.containsExactlyInAnyOrder(CaseAction.REPORT_TO_BUREAU, CaseAction.RETURN_TO_PANEL);
		for (Role other : Role.values()) {
			if (other != Role.CENTER) {
				assertThat(CaseStage.CENTER_REVIEW.actionsOf(other)).as(other.name()).isEmpty();
			}
		}
		assertThat(CaseStage.BUREAU_REVIEW.allows(Role.CENTER, CaseAction.REPORT_TO_BUREAU)).isFalse();
		assertThat(CaseStage.CENTER_EVALUATION.allows(Role.CENTER, CaseAction.RETURN_TO_PANEL)).isFalse();
	}

}
