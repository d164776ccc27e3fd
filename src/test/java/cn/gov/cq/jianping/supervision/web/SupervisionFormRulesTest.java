package cn.gov.cq.jianping.supervision.web;

import java.time.Clock;
import java.time.Instant;

import cn.gov.cq.jianping.scoring.model.Grade;
import org.junit.jupiter.api.Test;

import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Validator;

import static org.assertj.core.api.Assertions.assertThat;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * The cross-field and date rules of the supervision forms, checked without Spring's web
 * layer and with a fixed clock (2026-07-01 in Asia/Shanghai).
 */
class SupervisionFormRulesTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T16:30:00Z"), TimeConfiguration.ZONE);

	private static BindingResult check(Validator rule, Object form) {
		BindingResult result = new DataBinder(form, "form").getBindingResult();
		rule.validate(form, result);
		return result;
	}

	private static String codeOf(BindingResult result, String field) {
		return result.getFieldError(field) == null ? null : result.getFieldError(field).getCode();
	}

	@Test
	void aDeadlineMustBeGivenBeADateAndFallAfterToday() {
		RectificationController.DeadlineRule rule = new RectificationController.DeadlineRule(CLOCK);
		assertThat(codeOf(check(rule, new RectificationController.IssueForm(1L, "事由", "")), "deadline"))
			.isEqualTo("rectification.deadline.required");
		assertThat(codeOf(check(rule, new RectificationController.IssueForm(1L, "事由", "7月1日")), "deadline"))
			.isEqualTo("supervision.date.invalid");
		assertThat(codeOf(check(rule, new RectificationController.IssueForm(1L, "事由", "2026-07-01")), "deadline"))
			.isEqualTo("rectification.deadline.afterToday");
		assertThat(check(rule, new RectificationController.IssueForm(1L, "事由", " 2026-07-02 ")).hasErrors()).isFalse();
	}

	@Test
	void aComplaintIsReceivedTodayAtTheLatest() {
		ComplaintController.ReceivedOnRule rule = new ComplaintController.ReceivedOnRule(CLOCK);
		assertThat(check(rule, new ComplaintController.ComplaintForm("热线", "内容", "2026-07-01")).hasErrors()).isFalse();
		assertThat(codeOf(check(rule, new ComplaintController.ComplaintForm("热线", "内容", "2026-07-02")), "receivedOn"))
			.isEqualTo("complaint.receivedOn.required");
		assertThat(codeOf(check(rule, new ComplaintController.ComplaintForm("热线", "内容", null)), "receivedOn"))
			.isEqualTo("complaint.receivedOn.required");
	}

	@Test
	void onlyADowngradeNeedsANewGrade() {
		DecisionController.NewGradeRule rule = new DecisionController.NewGradeRule();
		assertThat(codeOf(check(rule, new DecisionController.ProposalForm(1L, "DOWNGRADE", "依据", null)), "newGrade"))
			.isEqualTo("decision.newGrade.required");
		assertThat(check(rule, new DecisionController.ProposalForm(1L, "DOWNGRADE", "依据", Grade.BASIC)).hasErrors())
			.isFalse();
		assertThat(check(rule, new DecisionController.ProposalForm(1L, "SUSPEND", "依据", null)).hasErrors()).isFalse();
	}

	@Test
	void aDrawTakesAtLeastOneInstitution() {
		InspectionController.SizeRule rule = new InspectionController.SizeRule();
		assertThat(codeOf(check(rule, new InspectionController.DrawForm("抽查", null, null, "0", null)), "size"))
			.isEqualTo("draw.size.min");
		assertThat(check(rule, new InspectionController.DrawForm("抽查", null, null, " 3 ", null)).hasErrors()).isFalse();
	}

}
