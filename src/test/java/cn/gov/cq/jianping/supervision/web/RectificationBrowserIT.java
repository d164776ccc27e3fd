package cn.gov.cq.jianping.supervision.web;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.InspectionPlans;
import cn.gov.cq.jianping.supervision.Rectifications;
import cn.gov.cq.jianping.support.BrowserTest;
import cn.gov.cq.jianping.support.MutableClock;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 第十八条 in the browser: a 基本合格 institution of 渝北区 is suspended with an order; it reports
 * from its to-do, the center accepts (confirming the dialog), and the institution is 正常
 * again.
 */
class RectificationBrowserIT extends BrowserTest {

	private static final String PASSWORD = "Rectify#2026";

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	Accounts accounts;

	@Autowired
	Rectifications rectifications;

	@Autowired
	InspectionPlans inspections;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	private SupervisionFixture fixture() {
		return new SupervisionFixture(this.registry, this.events, this.transactions, this.clock);
	}

	/** Submits a form whose button asks first, and accepts the question. */
	private void submitConfirmed(String buttonId) {
		WebElement button = find(buttonId);
		button.click();
		waiting().until(ExpectedConditions.alertIsPresent());
		driver().switchTo().alert().accept();
		waitForNewPage(button);
	}

	@Test
	void theInstitutionReportsAndTheCenterAcceptsTheRectification() {
		SupervisionFixture fixture = fixture();
		long institution = fixture.institution("浏览器整改", SupervisionFixture.YUBEI);
		String username = "rectify" + institution;
		this.accounts.create(new Accounts.NewAccount(username, PASSWORD, fixture.name(institution), Role.INSTITUTION,
				institution, null));
		fixture.confirm(institution, Grade.BASIC);
		assertThat(this.registry.find(institution).orElseThrow().status()).isEqualTo(InstitutionStatus.SUSPENDED);
		long order = this.rectifications.visibleTo(SupervisionFixture.CENTER)
			.stream()
			.filter(o -> o.institutionId() == institution)
			.findFirst()
			.orElseThrow()
			.id();

		// The institution finds the order among its to-dos and reports.
		login(username, PASSWORD);
		WebElement todo = find("todo-rect-" + order);
		assertThat(todo.getText()).contains("提交整改报告");
		screenshot("1-institution-home");
		click(By.cssSelector("#todo-rect-" + order + " a"));
		find("report-form");
		assertThat(currentPath()).isEqualTo("/supervision/rectifications/" + order);
		type("report", "一、已补齐 2025 年度考务记录；\n二、已对全体考评人员开展培训并考核。");
		screenshot("2-report-form");
		submitConfirmed("report-submit");
		assertThat(find("flash-message").getText()).contains("整改报告已提交");
		assertThat(find("order-status").getText()).isEqualTo("已提交整改报告");
		logout();

		// The center opens the order from the list and accepts it.
		login("center", DEMO_PASSWORD);
		open("/supervision/rectifications");
		click(By.cssSelector("#order-" + order + " a"));
		find("verify-form");
		assertThat(find("order-report").getText()).contains("已补齐 2025 年度考务记录");
		click("accepted-true");
		type("note", "现场复查，考务记录齐全，培训到位");
		screenshot("3-verify-form");
		submitConfirmed("verify-submit");
		assertThat(find("flash-message").getText()).contains("整改验收通过");
		assertThat(find("order-status").getText()).isEqualTo("整改验收通过");

		open("/institutions/" + institution);
		assertThat(find("institution-status").getText()).isEqualTo("正常");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("standing-grade")));
		assertThat(find("standing-grade").getText()).isEqualTo("基本合格");
		assertThat(find("standing-key-monitoring").getText()).isEqualTo("重点监控");
		screenshot("4-institution-normal");
	}

	@Test
	void theMainSupervisionPagesAsTheyLook() {
		SupervisionFixture fixture = fixture();
		long excellent = fixture.institution("浏览器优秀", null);
		fixture.confirm(excellent, Grade.EXCELLENT);
		long unqualified = fixture.institution("浏览器不合格", null);
		fixture.confirm(unqualified, Grade.UNQUALIFIED);

		login("center", DEMO_PASSWORD);
		open("/supervision");
		find("supervision-overview");
		screenshot("5-overview");
		open("/institutions/" + excellent);
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("plaque-link")));
		assertThat(find("renewal-exempt-note").getText()).isEqualTo("备案到期再次申请备案免于技术评估");
		screenshot("6-excellent-institution");
		open("/supervision/draws");
		type("draw-title", "浏览器专项抽查");
		type("draw-size", "3");
		type("draw-seed", "424242");
		submitConfirmed("draw-submit");
		assertThat(find("draw-seed").getText()).isEqualTo("424242");
		assertThat(find("draw-verification").getText()).contains("验证通过");
		screenshot("7-draw");
		open("/supervision/institutions/" + unqualified + "/complaints");
		find("complaint-form");
		screenshot("8-complaints");
		logout();

		login("bureau", DEMO_PASSWORD);
		open("/supervision/decisions");
		find("decision-table");
		screenshot("9-decisions");
		open("/home/bureau");
		find("todo-card");
		screenshot("10-bureau-home");
	}

}
