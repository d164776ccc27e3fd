package cn.gov.cq.jianping.publicity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import cn.gov.cq.jianping.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen looks up a confirmed institution, then files an objection against one under
 * publicity and follows it with the receipt number and the phone number.
 */
class CitizenObjectionBrowserIT extends BrowserTest {

	@Autowired
	ApplicationContext context;

	private PublicFixture fixture;

	private PublicFixture.Institution confirmed;

	private PublicFixture.Institution contested;

	private PublicFixture.Published underNotice;

	@BeforeAll
	void data() {
		this.fixture = new PublicFixture(this.context);
		String tag = "浏览器测" + Long.toString(System.nanoTime() % 100_000, 36);
		this.fixture.at(LocalDate.of(2027, 8, 2), 9);
		this.confirmed = this.fixture.institution(tag + "优秀机构");
		this.fixture
			.confirmAndAnnounce(this.fixture.publish(2027, List.of(this.confirmed), List.of(new BigDecimal("3"))));
		this.contested = this.fixture.institution(tag + "公示机构");
		this.underNotice = this.fixture.publish(2027, List.of(this.contested), List.of(new BigDecimal("12")));
		// "now" inside the period, before the browser acts
		this.fixture.at(this.underNotice.start().plusDays(3), 10);
	}

	@AfterAll
	void resetClock() {
		this.fixture.clock.reset();
	}

	/**
	 * Clicks an element low on a long page: Bootstrap scrolls smoothly, so the element is
	 * brought into view at once first, or the click would land while the page still
	 * moves.
	 */
	private void press(By by) {
		WebElement element = find(by);
		((JavascriptExecutor) driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		click(by);
	}

	private void press(String id) {
		press(By.id(id));
	}

	@Test
	void aCitizenLooksUpAGradeThenFilesAnObjectionAndFollowsIt() {
		// the landing page leads to the lookup
		open("/");
		click("card-lookup");
		type("q", this.confirmed.creditCode());
		WebElement table = find("lookup-table");
		click("lookup-submit");
		waitForNewPage(table);
		assertThat(find("lookup-count").getText()).contains("1");
		screenshot("lookup");
		click(By.linkText(this.confirmed.name()));
		assertThat(find("institution-name").getText()).isEqualTo(this.confirmed.name());
		assertThat(find("current-grade-label").getText()).isEqualTo("优秀");
		assertThat(find("registration-status").getText()).isEqualTo("正常");
		screenshot("institution");

		// the publicity list, and the objection form
		open("/public/publicity");
		long entry = this.underNotice.entryOf(this.contested).id();
		assertThat(find("entry-" + entry).getText()).contains(this.contested.name())
			.contains("截止 " + this.underNotice.start().plusDays(9) + " 23:59:59");
		screenshot("publicity");
		click("object-" + entry);
		assertThat(find("contested-name").getText()).isEqualTo(this.contested.name());
		assertThat(find("person-fields").isDisplayed()).isTrue();
		assertThat(driver().findElement(By.id("organisation-fields")).isDisplayed()).isFalse();
		click("kind-organisation");
		assertThat(find("organisation-fields").isDisplayed()).isTrue();
		assertThat(driver().findElement(By.id("person-fields")).isDisplayed()).isFalse();
		click("kind-person");

		// first try: too little; every message beside its field, nothing typed lost
		type("name", "赵六");
		type("content", "太短");
		WebElement form = find("objection-form");
		press("objection-submit");
		waitForNewPage(form);
		assertThat(find("form-errors").getText()).contains("请重新选择文件");
		assertThat(find("idNumber-error").getText()).contains("身份证号码");
		assertThat(find("phone-error").getText()).contains("手机号码");
		assertThat(find("content-error").getText()).contains("10 个字");
		assertThat(find("consent-error").isDisplayed()).isTrue();
		assertThat(find("name").getAttribute("value")).isEqualTo("赵六");
		assertThat(find("content").getAttribute("value")).isEqualTo("太短");
		screenshot("objection-errors");

		String idNumber = PublicFixture.idNumber("50010119880808123");
		type("idNumber", idNumber);
		type("phone", "13655556666");
		type("content", "该机构在本次评价中存在考评人员与考生串通、替考等问题，有现场照片为证。");
		press(By.cssSelector("input[type=checkbox][name=consent]"));
		press(By.cssSelector("input[type=checkbox][name=sensitiveConsent]"));
		form = find("objection-form");
		press("objection-submit");
		waitForNewPage(form);
		String receipt = find("receipt-number").getText().trim();
		assertThat(receipt).matches("YY\\d{8}[A-Z0-9]{8}");
		screenshot("receipt");

		// the status, with the receipt number and the phone
		click("status-link");
		type("receipt", receipt);
		type("phone", "13655556666");
		WebElement statusForm = find("status-form");
		click("status-submit");
		waitForNewPage(statusForm);
		assertThat(find("status-label").getText()).isEqualTo("待复核");
		assertThat(find("status-result").getText()).contains(this.contested.name()).contains(receipt);
		screenshot("status");

		type("phone", "13600000000");
		statusForm = find("status-form");
		click("status-submit");
		waitForNewPage(statusForm);
		assertThat(find("status-not-found").getText()).isEqualTo("未找到：请核对回执号和手机号码");
		waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("status-result")));
	}

}
