package cn.gov.cq.jianping.renewal.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.CreditCode;
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
 * 延续备案 in a real browser: an 优秀 institution whose registration runs out in 60 days finds
 * the reminder among its to-dos, applies with its scope and a document, and the center
 * approves with the technical evaluation waived (第十六条(二)); the expiry date moves and the
 * registration date stays.
 */
class RenewalBrowserIT extends BrowserTest {

	private static final String PASSWORD = "Renew#2026";

	private static final CurrentUser CENTER = CurrentUser.of(Role.CENTER, null, null);

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	private void submitConfirmed(String buttonId) {
		WebElement button = find(buttonId);
		button.click();
		waiting().until(ExpectedConditions.alertIsPresent());
		driver().switchTo().alert().accept();
		waitForNewPage(button);
	}

	@Test
	void anInstitutionAppliesAndTheCenterApprovesWithTheTechnicalEvaluationWaived() throws Exception {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52500000RB" + serial;
		LocalDate expires = LocalDate.now(this.clock).plusDays(60);
		LocalDate registered = expires.minusYears(3);
		long institution = this.registry.create(CENTER,
				new InstitutionForm("浏览器延续" + serial + "鉴定中心", first17 + CreditCode.checkCharacter(first17),
						InstitutionType.APPRAISAL, "CITY", "浏延测备〔2023〕" + serial + "号", registered, expires, "电工；焊工",
						"重庆市渝中区某路 8 号", "测试", "13800008888", null));
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new GradeConfirmed(institution, 0, Grade.EXCELLENT, 2025, this.clock.instant())));
		String username = "renew" + institution;
		this.accounts
			.create(new Accounts.NewAccount(username, PASSWORD, "浏览器延续" + serial, Role.INSTITUTION, institution, null));
		Path document = Files.createTempFile("renewal-", ".pdf");
		Files.write(document, "%PDF-1.4\n延续备案申请表\n".getBytes(StandardCharsets.UTF_8));

		// The institution finds the reminder and applies.
		login(username, PASSWORD);
		WebElement todo = find("todo-expiry-" + institution);
		assertThat(todo.getText()).contains("请申请延续备案");
		screenshot("renewal-1-institution-home");
		click(By.cssSelector("#todo-expiry-" + institution + " a"));
		find("renewal-form");
		assertThat(currentPath()).isEqualTo("/renewals/new");
		assertThat(find("renewal-basis").getText()).contains("优秀");
		assertThat(find("scopeOccupations").getAttribute("value")).isEqualTo("电工；焊工");
		type("statement", "备案期内开展鉴定评价 12 批次，考务记录齐全，无投诉举报。");
		find("files").sendKeys(document.toAbsolutePath().toString());
		screenshot("renewal-2-application-form");
		submitConfirmed("renewal-submit");
		assertThat(find("flash-message").getText()).contains("延续备案申请已提交");
		assertThat(find("renewal-status").getText()).isEqualTo("待决定");
		assertThat(find("renewal-documents").getText()).contains(document.getFileName().toString());
		String applicationPath = currentPath();
		logout();

		// The center, the registering authority for the city, approves.
		login("center", DEMO_PASSWORD);
		open(applicationPath);
		find("renewal-decide-form");
		assertThat(find("renewal-waiver").getText()).contains("免于技术评估");
		click("approve-true");
		type("reason", "材料齐全，评估等级为优秀且在有效期内");
		screenshot("renewal-3-decision-form");
		submitConfirmed("renewal-decide");
		assertThat(find("flash-message").getText()).contains("已准予延续备案");
		assertThat(find("renewal-status").getText()).isEqualTo("准予延续备案");
		assertThat(find("renewal-technical").getText()).contains("免于技术评估");
		assertThat(find("renewal-new-expiry").getText()).isEqualTo(expires.plusYears(3).toString());
		assertThat(find("renewal-registered").getText()).isEqualTo(registered.toString());
		screenshot("renewal-4-approved");
		Files.deleteIfExists(document);

		var renewed = this.registry.find(institution).orElseThrow();
		assertThat(renewed.expiresOn()).isEqualTo(expires.plusYears(3));
		assertThat(renewed.registeredOn()).isEqualTo(registered);
	}

}
