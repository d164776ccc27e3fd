package cn.gov.cq.jianping.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case through the institution, the district office, the center and the bureau, each
 * in the browser; only the experts' own scoring (tested in {@link SheetsBrowserIT}) is
 * done through the services.
 */
class FourRolesBrowserIT extends BrowserTest {

	@Autowired
	EvaluationJourney journey;

	@Autowired
	ExpertPool pool;

	@Autowired
	CaseQueries queries;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	UserDetailsService accounts;

	private void js(String script, Object... args) {
		((JavascriptExecutor) driver()).executeScript(script, args);
	}

	private void set(String id, String value) {
		js("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

	/** Submits the button's form and accepts the confirmation it asks for. */
	private void clickAndConfirm(String id, String expectedQuestion) {
		WebElement button = find(id);
		js("arguments[0].scrollIntoView({block: 'center'});", button);
		button.click();
		Alert confirm = waiting().until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).contains(expectedQuestion);
		confirm.accept();
		waitForNewPage(button);
	}

	private void clickAndWait(String id) {
		WebElement button = find(id);
		js("arguments[0].scrollIntoView({block: 'center'});", button);
		button.click();
		waitForNewPage(button);
	}

	@Test
	void oneCaseWalksFromTheInstitutionThroughTheDistrictAndCenterToTheBureau() {
		CaseFixture fixture = new CaseFixture(this.queries, this.pool, this.journey, this.rounds, this.registry,
				this.ruleSets);
		long roundId = fixture.launchRound();
		CurrentUser institution = (CurrentUser) this.accounts.loadUserByUsername("institution");
		long caseId = fixture.caseOf(institution.institutionId());
		RuleSet rules = fixture.detail(caseId).ruleSet();

		// 1. The institution fills every criterion and submits its self-assessment.
		login("institution", DEMO_PASSWORD);
		open("/cases/" + caseId + "/self");
		for (CriterionRule rule : rules.rules()) {
			String prefix = "c-" + rule.criterionCode() + "-";
			switch (rule.type()) {
				case SCALE -> set(prefix + "value", rule.points().toPlainString());
				case ALL_OR_NOTHING -> set(prefix + "met", "true");
				case DEDUCTION_PER_OCCURRENCE, NO_VERIFIED_RECORDS -> set(prefix + "count", "0");
				case RATIO_AT_MOST -> {
					set(prefix + "numerator", "0");
					set(prefix + "denominator", "10");
				}
				case COMPLETION_RATIO -> {
					set(prefix + "numerator", "10");
					set(prefix + "denominator", "10");
				}
			}
		}
		clickAndWait("sheet-save");
		clickAndConfirm("sheet-submit", "提交后");
		assertThat(find("case-stage").getText()).isEqualTo("区县初评");
		logout();

		// 2. The 渝北区 office records its preliminary scores and forwards to the center.
		login("district", DEMO_PASSWORD);
		open("/cases/" + caseId + "/district");
		for (ItemDefinition item : rules.rubric().items()) {
			set("c-" + item.code() + "-value", item.points().toPlainString());
		}
		type("opinion", "材料齐全，同意报送");
		clickAndWait("district-save");
		clickAndConfirm("district-forward", "报送");
		assertThat(find("case-stage").getText()).isEqualTo("专家组评估");
		logout();

		// 3. The center forms a panel of three experts with a lead.
		List<Long> experts = fixture.experts("expert1", "expert2", "expert3");
		login("center", DEMO_PASSWORD);
		open("/cases/" + caseId + "/panel");
		for (Long expert : experts) {
			js("arguments[0].click();", find("expert-" + expert));
		}
		js("arguments[0].click();", find("lead-" + experts.get(0)));
		// The visit is today, so the experts may score at once (scoring opens on the
		// visit date).
		setValue("visitDate", LocalDate.now(TimeConfiguration.ZONE).toString());
		clickAndWait("panel-submit");
		assertThat(find("current-panel").getText()).contains("组长");
		logout();

		// 4. The experts score on site; the lead submits the initial grade.
		this.journey.of(caseId)
			.scored(List.of("expert1", "expert2", "expert3"),
					new SheetInput(CaseFixture.fullMarks(rules), Map.of(), Map.of(), null, null))
			.initialGrade("expert1", Map.of(), "内部管理规范，评价组织实施良好。");

		// 4a. The center reviews the panel's result from the case page and reports it to
		// the bureau (第十一条).
		login("center", DEMO_PASSWORD);
		open("/cases/" + caseId);
		clickAndWait("action-center-review");
		assertThat(find("case-stage").getText()).isEqualTo("中心审核");
		assertThat(find("center-disagreement").getText()).contains("极差");
		assertThat(find("daily-record").getText()).contains("备案状态");
		type("center-opinion", "评估程序规范，专家评分一致，同意报送。");
		WebElement report = find("center-report");
		js("arguments[0].click();", report);
		Alert reportConfirm = waiting().until(ExpectedConditions.alertIsPresent());
		assertThat(reportConfirm.getText()).contains("报送市人力社保局审核");
		reportConfirm.accept();
		waitForNewPage(report);
		assertThat(find("case-stage").getText()).isEqualTo("市局审核");
		logout();

		// 5. The bureau approves it on the review page.
		login("bureau", DEMO_PASSWORD);
		open("/rounds/" + roundId + "/review");
		assertThat(find("review-" + caseId).getText()).contains("100");
		clickAndConfirm("approve-" + caseId, "");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("approved-" + caseId)));
		screenshot("review-approved");
		assertThat(fixture.detail(caseId).summary().stage()).isEqualTo(CaseStage.APPROVED);
		assertThat(fixture.detail(caseId).timeline()).extracting(e -> e.actor())
			.contains("institution", "district", "center", "expert1", "bureau");
	}

}
