package cn.gov.cq.jianping.scoring;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import cn.gov.cq.jianping.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Center staff refine a rule set in the browser: a copy of the default, an edit that
 * breaks an item's sum is flagged live, the corrected set is saved and then frozen for
 * good.
 */
class CenterEditsRuleSetBrowserIT extends BrowserTest {

	@Test
	void centerCopiesEditsWithLiveErrorsAndFreezesARuleSet() {
		String name = "浏览器测试评分细则" + System.nanoTime() % 1_000_000;
		login("center", DEMO_PASSWORD);
		open("/rule-sets");
		new Select(find("sourceId")).selectByVisibleText("默认评分细则（等级评价机构，第 1 版）");
		type("copy-name", name);
		click("copy-submit");
		waiting().until(ExpectedConditions.textToBe(By.id("rule-set-name"), name));
		assertThat(find("rule-set-status").getText()).isEqualTo("草稿");
		assertThat(find("check-ok").getText()).contains("校验通过");

		// L-01 岗位设置 is 2 points over 2 criteria; 1.5 + 1 no longer adds up.
		WebElement firstPoints = find(By.name("rules[0].points"));
		firstPoints.clear();
		firstPoints.sendKeys("1.5");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-problems"), "岗位设置"));
		assertThat(find("check-problems").getText()).contains("项目 L-01");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sum-L-01"), "2.5 / 2"));
		screenshot("1-live-error");

		// Saving anyway is refused and keeps what was typed.
		click("rule-set-save");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("flash-error")));
		assertThat(find(By.name("rules[0].points")).getAttribute("value")).isEqualTo("1.5");

		// Make criterion ① all-or-nothing for 1.5 points and give ② the remaining 0.5.
		new Select(find(By.name("rules[0].type"))).selectByValue("ALL_OR_NOTHING");
		WebElement secondPoints = find(By.name("rules[1].points"));
		secondPoints.clear();
		secondPoints.sendKeys("0.5");
		waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("check-ok")));
		click("rule-set-save");
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("flash-message"), "评分细则已保存"));
		assertThat(new Select(find(By.name("rules[0].type"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ALL_OR_NOTHING");
		assertThat(find(By.name("rules[1].points")).getAttribute("value")).isEqualTo("0.5");

		click("freeze-submit");
		Alert confirm = waiting().until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).contains("冻结后");
		confirm.accept();
		waiting().until(ExpectedConditions.textToBe(By.id("rule-set-status"), "已冻结"));
		assertThat(find("read-only-note").getText()).contains("已冻结");
		assertThat(driver().findElements(By.id("rule-set-save"))).isEmpty();
		screenshot("2-frozen");
	}

}
