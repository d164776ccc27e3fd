package cn.gov.cq.jianping.dashboard;

import java.util.List;

import cn.gov.cq.jianping.support.BrowserTest;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bureau opens 统计分析 from its left menu: every chart is drawn by ECharts (served from
 * the jar) with its data table beneath; the district sees its own district only.
 */
class DashboardBrowserIT extends BrowserTest {

	@Test
	void theDashboardShowsChartsWithTheirDataTables() {
		login("bureau", DEMO_PASSWORD);
		click("menu-dashboard");
		waiting().until(d -> !d.findElements(By.cssSelector("#chart-grades[data-drawn=true] svg")).isEmpty());
		for (String id : List.of("grades", "gaps", "experts", "workload")) {
			WebElement chart = find("chart-" + id);
			assertThat(chart.getAttribute("data-drawn")).as(id).isEqualTo("true");
			assertThat(chart.findElements(By.tagName("svg"))).as(id).isNotEmpty();
			WebElement table = find("table-" + id);
			assertThat(table.findElements(By.cssSelector("tbody tr"))).as(id).isNotEmpty();
		}
		assertThat(find("menu-dashboard").getAttribute("aria-current")).isEqualTo("page");
		assertThat(find("breadcrumbs").getText()).contains("统计分析");
		screenshot("bureau");
	}

	@Test
	void theDistrictSeesItsOwnDistrictOnly() {
		login("district", DEMO_PASSWORD);
		open("/dashboard");
		waiting().until(d -> !d.findElements(By.cssSelector("#chart-workload[data-drawn=true]")).isEmpty());
		assertThat(find("dashboard").getText()).contains("本区县");
		for (WebElement table : driver().findElements(By.cssSelector(".jp-figure-table"))) {
			assertThat(table.getText()).doesNotContain("市级登记").doesNotContain("万州区");
		}
	}

}
