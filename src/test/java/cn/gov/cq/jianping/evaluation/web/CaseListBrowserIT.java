package cn.gov.cq.jianping.evaluation.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import cn.gov.cq.jianping.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in the browser: the bureau filters and pages the case list and exports exactly
 * the filtered rows; a district's filters offer its own district only.
 */
class CaseListBrowserIT extends BrowserTest {

	private static final Pattern RANGE = Pattern.compile("共 (\\d+) 条，第 (\\d+)–(\\d+) 条");

	@Test
	void theBureauFiltersAndPagesTheCaseListAndExportsExactlyTheFilteredRows() throws Exception {
		login("bureau", DEMO_PASSWORD);
		open("/cases?size=5");
		int all = range()[0];
		assertThat(all).as("the demo round has more than a page of cases").isGreaterThan(5);
		assertThat(range()).containsExactly(all, 1, 5);
		List<String> first = caseIds();
		assertThat(first).hasSize(5);
		WebElement next = find("list-next");
		next.click();
		waitForNewPage(next);
		assertThat(range()[1]).isEqualTo(6);
		assertThat(caseIds()).doesNotContainAnyElementsOf(first);

		// Filter in the query bar: 等级评价机构 only.
		new Select(find("list-type")).selectByValue("LEVEL");
		WebElement search = find("list-search");
		search.click();
		waitForNewPage(search);
		assertThat(currentUrl()).contains("type=LEVEL");
		int filtered = range()[0];
		assertThat(filtered).isPositive().isLessThan(all);
		List<String> shown = caseIds();
		assertThat(driver().findElements(By.cssSelector("#cases-table tbody tr td:nth-child(3)")))
			.allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("等级评价机构"));

		// The export holds exactly the filtered rows, whatever the page shown.
		List<List<String>> exported = download(find("list-export").getAttribute("href"));
		assertThat(exported).hasSize(filtered);
		assertThat(exported).allSatisfy(row -> assertThat(row.get(3)).isEqualTo("等级评价机构"));
		assertThat(exported.stream().map(row -> row.get(0)).collect(Collectors.toSet())).containsAll(shown);
	}

	@Test
	void aDistrictIsOfferedOnlyItsOwnDistrictInTheFilters() {
		login("district", DEMO_PASSWORD);
		open("/cases");
		List<String> districts = new Select(find("list-district")).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(districts).hasSize(2).first().isEqualTo("全部");
		String own = districts.get(1);
		// and every case listed is of that district
		int listed = range()[0];
		assertThat(listed).isPositive();
		new Select(find("list-district")).selectByVisibleText(own);
		WebElement search = find("list-search");
		search.click();
		waitForNewPage(search);
		assertThat(range()[0]).isEqualTo(listed);
	}

	/** Total, first and last row of the page, from the pager. */
	private int[] range() {
		Matcher m = RANGE.matcher(find("list-range").getText());
		assertThat(m.find()).as(find("list-range").getText()).isTrue();
		return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)) };
	}

	private List<String> caseIds() {
		return driver().findElements(By.cssSelector("#cases-table tbody tr"))
			.stream()
			.map(row -> row.getAttribute("id").replace("case-", ""))
			.toList();
	}

	private String currentUrl() {
		return driver().getCurrentUrl();
	}

	/**
	 * The workbook behind a link, fetched with the browser's session; rows after the
	 * header.
	 */
	private List<List<String>> download(String href) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = fetchWithSession(href);
		assertThat(response.statusCode()).isEqualTo(200);
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() == 0) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
