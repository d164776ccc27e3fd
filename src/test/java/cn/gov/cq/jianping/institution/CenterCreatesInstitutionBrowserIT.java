package cn.gov.cq.jianping.institution;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The centre registers an institution through the browser: a wrong credit code is refused
 * with the field's error and nothing typed is lost; once corrected, the institution is
 * saved and found.
 */
class CenterCreatesInstitutionBrowserIT extends BrowserTest {

	private static final String BAD_CREDIT_CODE = "91350100M000100Y44";

	private static final String YUBEI = "500112";

	@Test
	void aWrongCreditCodeIsShownBesideTheFieldAndTheCorrectedFormIsSaved() {
		String serial = uniqueDigits();
		String name = "重庆渝北浏览器测试" + serial + "职业技能评价中心";
		String creditCode = validCreditCode(serial);
		String registrationNumber = "渝人社评备〔2026〕T" + serial + "号";
		LocalDate registeredOn = LocalDate.now().minusMonths(2);
		LocalDate expiresOn = registeredOn.plusYears(3).minusDays(1);

		login("center", DEMO_PASSWORD);
		open("/institutions");
		find("institution-table");
		screenshot("1-list");

		click("new-institution");
		waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("institution-form")));
		assertThat(currentPath()).isEqualTo("/institutions/new");

		type("name", name);
		type("creditCode", BAD_CREDIT_CODE);
		new Select(find("type")).selectByValue("LEVEL");
		new Select(find("authority")).selectByValue(YUBEI);
		type("registrationNumber", registrationNumber);
		setValue("registeredOn", registeredOn.toString());
		setValue("expiresOn", expiresOn.toString());
		type("scopeOccupations", "电工（五级/四级/三级）；焊工（五级/四级）");
		type("evaluationSites", "重庆市渝北区示范路 88 号实训楼");
		type("contactPerson", "张老师");
		type("contactPhone", "023-67001234");
		submit();

		WebElement error = find("creditCode-error");
		assertThat(error.getText()).contains("校验位错误");
		assertThat(find("form-errors").getText()).contains("共 1 处");
		assertThat(value("name")).isEqualTo(name);
		assertThat(value("creditCode")).isEqualTo(BAD_CREDIT_CODE);
		assertThat(value("registrationNumber")).isEqualTo(registrationNumber);
		assertThat(value("registeredOn")).isEqualTo(registeredOn.toString());
		assertThat(value("expiresOn")).isEqualTo(expiresOn.toString());
		assertThat(new Select(find("type")).getFirstSelectedOption().getDomProperty("value")).isEqualTo("LEVEL");
		assertThat(new Select(find("authority")).getFirstSelectedOption().getDomProperty("value")).isEqualTo(YUBEI);
		assertThat(value("scopeOccupations")).isEqualTo("电工（五级/四级/三级）；焊工（五级/四级）");
		assertThat(value("contactPerson")).isEqualTo("张老师");
		assertThat(value("contactPhone")).isEqualTo("023-67001234");
		screenshot("2-form-with-error");

		type("creditCode", creditCode);
		submit();

		assertThat(find("institution-name").getText()).isEqualTo(name);
		assertThat(currentPath()).matches("/institutions/\\d+");
		assertThat(find("flash-message").getText()).contains("已登记");
		assertThat(find("institution-details").getText()).contains(creditCode, registrationNumber, "渝北区",
				registeredOn.toString(), expiresOn.toString(), "张老师");
		screenshot("3-details");

		open("/institutions");
		type("q", name);
		WebElement table = find("institution-table");
		click("search-submit");
		waitForNewPage(table);
		table = find("institution-table");
		assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(1);
		assertThat(table.getText()).contains(name, creditCode);
		assertThat(find("result-count").getText()).contains("共 1 个机构");
		screenshot("4-search-result");
	}

	private void submit() {
		WebElement form = find("institution-form");
		click("institution-submit");
		waitForNewPage(form);
	}

	private String value(String id) {
		return find(id).getDomProperty("value");
	}

	/**
	 * Seven digits that differ from run to run, so the test can run against a kept
	 * database.
	 */
	private static String uniqueDigits() {
		return String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
	}

	/** A valid 统一社会信用代码 of a social organisation (52) in Yubei (500112). */
	private static String validCreditCode(String sevenDigits) {
		String first17 = "52500112MJ" + sevenDigits;
		return first17 + CreditCode.checkCharacter(first17);
	}

}
