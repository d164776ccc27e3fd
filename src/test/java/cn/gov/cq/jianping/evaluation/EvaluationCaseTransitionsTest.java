package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.InputRefusedException;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.Grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stage machine of the review chain, without Spring or a database.
 */
class EvaluationCaseTransitionsTest {

	private final Instant now = Instant.parse("2026-11-25T02:00:00Z");

	private static EvaluationCase districtLevelCase() {
		return new EvaluationCase(1, 10, "某评价中心", RubricCode.LEVEL, "500112", 5, Instant.EPOCH);
	}

	private static EvaluationCase cityAppraisalCase() {
		return new EvaluationCase(1, 11, "某鉴定所", RubricCode.APPRAISAL, null, 6, Instant.EPOCH);
	}

	@Test
	void aDistrictRegisteredLevelInstitutionGoesToItsDistrictFirst() {
		EvaluationCase c = districtLevelCase();
		var transition = c.submitSelfAssessment(Role.INSTITUTION, this.now);
		assertThat(transition.to()).isEqualTo(CaseStage.DISTRICT_REVIEW);
		assertThat(transition.detail()).contains("第十条");
	}

	@Test
	void aCityAppraisalInstitutionGoesStraightToTheCenter() {
		EvaluationCase c = cityAppraisalCase();
		assertThat(c.submitSelfAssessment(Role.INSTITUTION, this.now).to()).isEqualTo(CaseStage.CENTER_EVALUATION);
	}

	@Test
	void onlyTheInstitutionSubmitsItsSelfAssessment() {
		EvaluationCase c = districtLevelCase();
		assertThatThrownBy(() -> c.submitSelfAssessment(Role.CENTER, this.now))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessage("只有机构本身可以提交自评");
		assertThat(c.getStage()).isEqualTo(CaseStage.SELF_ASSESSMENT);
	}

	@Test
	void aSelfAssessmentCannotBeSubmittedTwice() {
		EvaluationCase c = districtLevelCase();
		c.submitSelfAssessment(Role.INSTITUTION, this.now);
		assertThatThrownBy(() -> c.submitSelfAssessment(Role.INSTITUTION, this.now))
			.hasMessageContaining("当前环节为“区县初评”");
		assertThat(c.getStage()).isEqualTo(CaseStage.DISTRICT_REVIEW);
	}

	@Test
	void theDistrictReturnsOnlyWithAReason() {
		EvaluationCase c = districtLevelCase();
		c.submitSelfAssessment(Role.INSTITUTION, this.now);
		// a blank reason is an input to fix, not a step the stage forbids
		assertThatThrownBy(() -> c.returnToInstitution(Role.DISTRICT, " ", this.now))
			.isInstanceOf(InputRefusedException.class)
			.hasMessage("退回须填写原因");
		assertThat(c.getStage()).isEqualTo(CaseStage.DISTRICT_REVIEW);
		assertThat(c.returnToInstitution(Role.DISTRICT, "安全管理佐证不足", this.now).to())
			.isEqualTo(CaseStage.SELF_ASSESSMENT);
	}

	@Test
	void theCenterSkipsTheSelfAssessmentOnlyAfterTheDeadline() {
		EvaluationCase c = cityAppraisalCase();
		assertThatThrownBy(() -> c.proceedWithoutSelfAssessment(Role.CENTER, false, this.now))
			.hasMessageContaining("尚未过去");
		c.proceedWithoutSelfAssessment(Role.CENTER, true, this.now);
		assertThat(c.getStage()).isEqualTo(CaseStage.CENTER_EVALUATION);
		assertThat(c.isSelfSkipped()).isTrue();
	}

	@Test
	void approvalRecordsTheExactScoresAndAnyLaterChangeVoidsIt() {
		EvaluationCase c = cityAppraisalCase();
		c.submitSelfAssessment(Role.INSTITUTION, this.now);
		c.submitInitialGrade(Role.EXPERT, new BigDecimal("88.5"), Grade.QUALIFIED, "整体规范", this.now);
		c.reportToBureau(Role.CENTER, null, this.now);
		c.approve(Role.BUREAU, "bureau", this.now);
		assertThat(c.getApprovedTotal()).isEqualByComparingTo("88.5");
		assertThat(c.getApprovedGrade()).isEqualTo(Grade.QUALIFIED);
		assertThat(c.getApprovedBy()).isEqualTo("bureau");
		c.reopen(Role.CENTER, "发现新的投诉线索", this.now);
		assertThat(c.getStage()).isEqualTo(CaseStage.CENTER_EVALUATION);
		assertThat(c.getApprovedGrade()).isNull();
		assertThat(c.getApprovedAt()).isNull();
	}

	@Test
	void theBureauCannotApproveBeforeThePanelSubmits() {
		EvaluationCase c = cityAppraisalCase();
		c.submitSelfAssessment(Role.INSTITUTION, this.now);
		assertThatThrownBy(() -> c.approve(Role.BUREAU, "bureau", this.now)).hasMessageContaining("专家组评估");
	}

	@Test
	void theLeadsInitialGradeGoesToTheCenterWhichReportsItToTheBureau() {
		EvaluationCase c = cityAppraisalCase();
		c.submitSelfAssessment(Role.INSTITUTION, this.now);
		var submitted = c.submitInitialGrade(Role.EXPERT, new BigDecimal("91"), Grade.EXCELLENT, "规范", this.now);
		assertThat(submitted.to()).isEqualTo(CaseStage.CENTER_REVIEW);
		assertThat(submitted.detail()).contains("第十一条");
		assertThatThrownBy(() -> c.approve(Role.BUREAU, "bureau", this.now)).hasMessageContaining("中心审核");
		assertThatThrownBy(() -> c.reportToBureau(Role.BUREAU, null, this.now))
			.isInstanceOf(IllegalTransitionException.class)
			.hasMessageContaining("鉴定指导中心");
		assertThatThrownBy(() -> c.reportToBureau(Role.EXPERT, null, this.now))
			.isInstanceOf(IllegalTransitionException.class);
		var reported = c.reportToBureau(Role.CENTER, "同意报送", this.now);
		assertThat(reported.from()).isEqualTo(CaseStage.CENTER_REVIEW);
		assertThat(reported.to()).isEqualTo(CaseStage.BUREAU_REVIEW);
		assertThat(reported.detail()).contains("优秀", "同意报送");
		assertThatThrownBy(() -> c.returnToPanel(Role.CENTER, "再审", this.now)).hasMessageContaining("市局审核");
	}

	@Test
	void theCenterReturnsToThePanelOnlyWithAReason() {
		EvaluationCase c = cityAppraisalCase();
		c.submitSelfAssessment(Role.INSTITUTION, this.now);
		c.submitInitialGrade(Role.EXPERT, new BigDecimal("70"), Grade.BASIC, "一般", this.now);
		assertThatThrownBy(() -> c.returnToPanel(Role.CENTER, " ", this.now)).hasMessageContaining("退回须填写原因");
		assertThat(c.getStage()).isEqualTo(CaseStage.CENTER_REVIEW);
		var returned = c.returnToPanel(Role.CENTER, "专家评分差异较大", this.now);
		assertThat(returned.to()).isEqualTo(CaseStage.CENTER_EVALUATION);
		assertThat(returned.detail()).isEqualTo("专家评分差异较大");
		assertThat(c.submitInitialGrade(Role.EXPERT, new BigDecimal("72"), Grade.BASIC, "复核", this.now).to())
			.isEqualTo(CaseStage.CENTER_REVIEW);
	}

	@Test
	void everyStageNamesItsSuccessors() {
		assertThat(CaseStage.SELF_ASSESSMENT.canMoveTo(CaseStage.APPROVED)).isFalse();
		assertThat(CaseStage.BUREAU_REVIEW.canMoveTo(CaseStage.CENTER_EVALUATION)).isTrue();
		assertThat(CaseStage.APPROVED.canMoveTo(CaseStage.BUREAU_REVIEW)).isFalse();
		assertThat(CaseStage.CENTER_EVALUATION.canMoveTo(CaseStage.BUREAU_REVIEW)).isFalse();
		assertThat(CaseStage.CENTER_EVALUATION.canMoveTo(CaseStage.CENTER_REVIEW)).isTrue();
		assertThat(CaseStage.CENTER_REVIEW.canMoveTo(CaseStage.BUREAU_REVIEW)).isTrue();
		assertThat(CaseStage.CENTER_REVIEW.canMoveTo(CaseStage.CENTER_EVALUATION)).isTrue();
		assertThat(CaseStage.CENTER_REVIEW.canMoveTo(CaseStage.APPROVED)).isFalse();
	}

}
