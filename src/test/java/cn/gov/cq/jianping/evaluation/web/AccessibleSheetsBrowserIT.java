package cn.gov.cq.jianping.evaluation.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import cn.gov.cq.jianping.document.QrCodes;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in the browser: axe-core finds no serious or critical violation on the public
 * pages, the login page, the registry list and the self-assessment sheet; 关怀模式 enlarges
 * the text and is remembered; "继续办理" in the session warning renews the session; uploading
 * evidence keeps the scores not yet saved.
 */
class AccessibleSheetsBrowserIT extends BrowserTest {

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

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void publicPagesAndTheLoginPageHaveNoSeriousAccessibilityViolations() {
		for (String page : List.of("/", "/public/publicity", "/public/institutions", "/public/announcements",
				"/public/objections/status", "/login")) {
			open(page);
			assertThat(seriousViolations()).as(page).isEmpty();
		}
	}

	@Test
	void theRegistryListAndTheSelfAssessmentSheetHaveNoSeriousAccessibilityViolations() {
		login("bureau", DEMO_PASSWORD);
		open("/institutions");
		assertThat(seriousViolations()).as("/institutions").isEmpty();
		logout();
		long caseId = selfAssessmentCase();
		login("institution", DEMO_PASSWORD);
		open("/cases/" + caseId + "/self");
		assertThat(seriousViolations()).as("self-assessment sheet").isEmpty();
	}

	@Test
	void theExpertSheetAndTheBureausApprovalPageHaveNoSeriousAccessibilityViolations() {
		// The demo round's case whose panel (led by expert1) has not yet signed: the lead
		// signs and opens the on-site sheet.
		long caseId = this.jdbc.queryForObject("""
				select min(m.case_id) from panel_member m join expert e on e.id = m.expert_id
				join evaluation_case c on c.id = m.case_id
				where e.username = 'expert1' and c.stage = 'CENTER_EVALUATION'""", Long.class);
		long roundId = this.jdbc.queryForObject("select round_id from evaluation_case where id = ?", Long.class,
				caseId);
		login("expert1", DEMO_PASSWORD);
		open("/cases/" + caseId + "/expert");
		if (currentPath().endsWith("/declaration")) {
			WebElement declare = find("declaration-submit");
			declare.click();
			waitForNewPage(declare);
		}
		assertThat(currentPath()).isEqualTo("/cases/" + caseId + "/expert");
		assertThat(seriousViolations()).as("expert sheet").isEmpty();
		logout();
		login("bureau", DEMO_PASSWORD);
		open("/rounds/" + roundId + "/review");
		assertThat(currentPath()).isEqualTo("/rounds/" + roundId + "/review");
		assertThat(seriousViolations()).as("approval page").isEmpty();
	}

	@Test
	void careModeEnlargesTheTextAndIsRememberedByTheBrowser() {
		open("/public/institutions");
		double normal = bodyFontSize();
		click("care-toggle");
		assertThat(bodyFontSize()).isGreaterThanOrEqualTo(normal * 1.2);
		assertThat(find("care-toggle").getAttribute("aria-pressed")).isEqualTo("true");
		open("/login");
		assertThat(bodyFontSize()).isGreaterThanOrEqualTo(normal * 1.2);
		click("care-toggle");
		assertThat(bodyFontSize()).isEqualTo(normal);
	}

	@Test
	void continuingFromTheSessionWarningRenewsTheSession() {
		login("bureau", DEMO_PASSWORD);
		open("/institutions");
		assertThat(present("session-warning").isDisplayed()).isFalse();
		script("window.jianpingSession.warnNow();");
		assertThat(find("session-warning").isDisplayed()).isTrue();
		assertThat(find("session-warning").getText()).contains("2 分钟");
		click("session-continue");
		waiting().until(ExpectedConditions.attributeToBeNotEmpty(find(By.tagName("body")), "data-session-renewed"));
		assertThat(present("session-warning").isDisplayed()).isFalse();
		assertThat(present("session-expired").isDisplayed()).isFalse();
		open("/institutions");
		assertThat(currentPath()).isEqualTo("/institutions");
	}

	@Test
	void uploadingEvidenceKeepsTheScoresNotYetSaved() throws IOException {
		long caseId = selfAssessmentCase();
		login("institution", DEMO_PASSWORD);
		open("/cases/" + caseId + "/self");
		type(By.id("c-L-01-1-value"), "1");
		type(By.id("c-L-01-1-note"), "尚未暂存的说明");
		script("window.jpSamePage = 'yes';");
		Path png = Files.createTempFile("岗位职责", ".png");
		Files.write(png, QrCodes.png("jianping", 64));
		find("evidence-file").sendKeys(png.toAbsolutePath().toString());
		// by script: the sticky button bar of the sheet may cover the button
		script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", find("evidence-submit"));
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("evidence-table"),
				png.getFileName().toString()));
		assertThat(script("return window.jpSamePage;")).isEqualTo("yes");
		assertThat(find("c-L-01-1-value").getAttribute("value")).isEqualTo("1");
		assertThat(find("c-L-01-1-note").getAttribute("value")).isEqualTo("尚未暂存的说明");
		assertThat(find("evidence-status").getText()).contains("已上传");
		Files.deleteIfExists(png);
	}

	/** One round for the class: the tests only read the sheet or leave it unsaved. */
	private Long caseId;

	@Test
	void aDeclaredVetoWarnsBesideTheTotalAndAsksForItsExplanationBeforeSubmitting() {
		long id = selfAssessmentCase();
		login("institution", DEMO_PASSWORD);
		open("/cases/" + id + "/self");
		WebElement box = find(By.cssSelector(".jp-veto input[type='checkbox']"));
		script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();"
				+ "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", box);
		assertThat(find("veto-note").isDisplayed()).isTrue();
		assertThat(find("veto-note").getText()).contains("封顶");
		WebElement reason = find(By.cssSelector(".jp-veto input[type='text']"));
		assertThat(reason.getAttribute("aria-required")).isEqualTo("true");
		script("document.getElementById('sheet-submit').click();");
		// no confirmation, no submission: the explanation is asked for first
		assertThat(reason.getAttribute("class")).contains("is-invalid");
		assertThat(currentPath()).isEqualTo("/cases/" + id + "/self");
		script("arguments[0].click();", box);
		assertThat(present("veto-note").isDisplayed()).isFalse();
	}

	private long selfAssessmentCase() {
		if (this.caseId != null) {
			return this.caseId;
		}
		CaseFixture fixture = new CaseFixture(this.queries, this.pool, this.journey, this.rounds, this.registry,
				this.ruleSets);
		fixture.launchRound();
		CurrentUser institution = (CurrentUser) this.accounts.loadUserByUsername("institution");
		this.caseId = fixture.caseOf(institution.institutionId());
		return this.caseId;
	}

	/** An element that may be hidden ({@code find} waits for it to show). */
	private WebElement present(String id) {
		return driver().findElement(By.id(id));
	}

	private double bodyFontSize() {
		return Double
			.parseDouble(String.valueOf(script("return getComputedStyle(document.querySelector('main')).fontSize;"))
				.replace("px", ""));
	}

	private Object script(String source, Object... arguments) {
		return ((JavascriptExecutor) driver()).executeScript(source, arguments);
	}

}
