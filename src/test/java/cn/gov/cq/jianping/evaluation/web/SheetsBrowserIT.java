package cn.gov.cq.jianping.evaluation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.OnSiteScoring;
import cn.gov.cq.jianping.evaluation.SelfAssessments;
import cn.gov.cq.jianping.evaluation.SheetDrafts;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review chain in the browser for the demo institution's case of a round of our own:
 * the institution's self-assessment with its live total, the expert's declaration and
 * on-site sheet, the lead's consolidation, and the case page with its timeline.
 */
class SheetsBrowserIT extends BrowserTest {

	@Autowired
	EvaluationJourney journey;

	@Autowired
	ExpertPool pool;

	@Autowired
	CaseQueries queries;

	@Autowired
	SheetDrafts drafts;

	@Autowired
	SelfAssessments selfAssessments;

	@Autowired
	OnSiteScoring onSite;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	UserDetailsService accounts;

	/** Scrolls an element to the middle of the window, clear of the sticky button bar. */
	private WebElement centered(By by) {
		WebElement element = find(by);
		((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		return element;
	}

	/**
	 * Clicks by script: after a full-page capture the window may not report the element
	 * as clickable.
	 */
	private void jsClick(WebElement element) {
		((JavascriptExecutor) driver()).executeScript("arguments[0].click();", element);
	}

	/**
	 * The top of the page as the user first sees it (the full-page shots are very tall).
	 */
	private void view(String name) {
		((JavascriptExecutor) driver()).executeScript("window.scrollTo(0, 0);");
		snap(name);
	}

	private void snap(String name) {
		try {
			Path file = Paths.get("target", "screenshots", getClass().getSimpleName() + "-" + name + "-window.png");
			Files.createDirectories(file.getParent());
			Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void selfAssessmentExpertScoringConsolidationAndTimeline() {
		CaseFixture fixture = new CaseFixture(this.queries, this.pool, this.journey, this.rounds, this.registry,
				this.ruleSets);
		fixture.launchRound();
		CurrentUser institution = (CurrentUser) this.accounts.loadUserByUsername("institution");
		long caseId = fixture.caseOf(institution.institutionId());

		// The institution types a few scores; the live total follows.
		login("institution", DEMO_PASSWORD);
		open("/cases/" + caseId + "/self");
		type(By.id("c-L-01-1-value"), "1");
		new Select(find("c-L-01-2-met")).selectByValue("true");
		type(By.id("c-L-02-1-count"), "1");
		type(By.id("c-L-02-3-numerator"), "1");
		type(By.id("c-L-02-3-denominator"), "20");
		type(By.id("c-L-01-1-note"), "已设立考务、题库、证书等岗位，见岗位职责文件");
		waiting().until(ExpectedConditions.textToBe(By.id("live-total"), "3.5"));
		waiting().until(ExpectedConditions.textToBe(By.id("cs-L-02-3"), "得分 1"));
		type(By.id("c-L-03-1-value"), "abc");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("err-L-03-1"), "不是有效的数字"));
		view("1-self");
		screenshot("1-self");
		type(By.id("c-L-03-1-value"), "0.4");
		WebElement save = find("sheet-save");
		save.click();
		waitForNewPage(save);
		assertThat(find("flash-message").getText()).isEqualTo("自评已暂存");
		assertThat(find(By.id("c-L-03-1-value")).getAttribute("value")).isEqualTo("0.4");

		// The rest of the chain up to the panel, through the services.
		CaseViews.CaseDetail detail = fixture.detail(caseId);
		this.drafts.saveSheet(institution, caseId, SheetKind.SELF,
				new SheetInput(CaseFixture.fullMarks(detail.ruleSet()), Map.of("L-01-1", "已设立考务、题库、证书等岗位"), Map.of(),
						null, detail.sheet(SheetKind.SELF).version()));
		this.selfAssessments.submitSelfAssessment(institution, caseId, null);
		if (fixture.detail(caseId).summary().stage() == CaseStage.DISTRICT_REVIEW) {
			CurrentUser district = CurrentUser.of(Role.DISTRICT, null, detail.summary().districtCode());
			Map<String, CriterionInput> items = new LinkedHashMap<>();
			detail.rubric().items().forEach(i -> items.put(i.code(), CriterionInput.value(i.points())));
			this.journey.of(caseId)
				.districtReviewed(district,
						new SheetInput(items, Map.of("L-01", "岗位设置齐全，材料完整"), Map.of(), "同意报送", null));
		}
		this.journey.of(caseId).panelFormed(fixture.experts("expert1", "expert2", "expert3"), LocalDate.now());
		fixture.expertScores(caseId, "expert2", "现场查看了考务档案", true);
		fixture.expertScores(caseId, "expert3", "抽查了证书台账", true);

		// The lead signs the declaration first, then scores on site.
		logout();
		login("expert1", DEMO_PASSWORD);
		open("/cases/" + caseId + "/expert");
		assertThat(currentPath()).isEqualTo("/cases/" + caseId + "/declaration");
		view("2-declaration");
		screenshot("2-declaration");
		WebElement declare = find("declaration-submit");
		declare.click();
		waitForNewPage(declare);
		assertThat(currentPath()).isEqualTo("/cases/" + caseId + "/expert");
		type(By.id("c-L-01-1-value"), "0.5");
		type(By.id("c-L-01-1-note"), "考务岗位人员兼职较多");
		waiting().until(ExpectedConditions.textToBe(By.id("cs-L-01-1"), "得分 0.5"));
		view("3-expert");
		screenshot("3-expert");

		CurrentUser lead = CaseFixture.expert("expert1");
		Map<String, CriterionInput> marks = CaseFixture.fullMarks(detail.ruleSet());
		this.drafts.saveSheet(lead, caseId, SheetKind.EXPERT, new SheetInput(marks, Map.of(), Map.of(), null, null));
		this.onSite.submitExpertSheet(lead, caseId, null);

		open("/cases/" + caseId + "/consolidate");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("consolidate-total")));
		String vetoCode = detail.rubric().vetoes().get(0).code();
		jsClick(centered(By.id("veto-" + vetoCode + "-declared")));
		new Select(find(By.name("veto[" + vetoCode + "].severity"))).selectByValue("BASIC");
		type(By.name("veto[" + vetoCode + "].reason"), "现场发现个别评价未按规范开展");
		waiting().until(ExpectedConditions.textToBe(By.id("consolidate-grade"), "基本合格"));
		type(By.id("opinion"), "该机构内部管理规范，评价组织实施总体较好；发现个别评价未按规范开展，认定为基本合格。");
		view("4-consolidate");
		screenshot("4-consolidate");
		WebElement submit = centered(By.id("consolidate-submit"));
		jsClick(submit);
		Alert confirm = waiting().until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).contains("提交后将报送市人力社保局审核");
		confirm.accept();
		waitForNewPage(submit);
		// 第十一条: the center reviews the panel's result and reports it to the bureau
		assertThat(find("case-stage").getText()).isEqualTo("中心审核");
		this.journey.of(caseId).reportedToBureau();
		open("/cases/" + caseId);
		assertThat(find("case-stage").getText()).isEqualTo("市局审核");
		assertThat(find("timeline").getText()).contains("专家组提交初定等级", "签署无利益冲突声明", "提交自评");
		view("5-case");
		((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
				find("timeline"));
		snap("6-timeline");
		screenshot("5-case");
	}

}
