package cn.gov.cq.jianping.supervision.web;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import cn.gov.cq.jianping.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 in the browser on one of the lists that gained the list pattern: the bureau
 * narrows the 处理决定 list with the query bar and a dropdown, narrows it again by a status
 * count, pages through it, and exports exactly the filtered rows.
 */
class DecisionListBrowserIT extends BrowserTest {

	private static final Pattern RANGE = Pattern.compile("共 (\\d+) 条，第 (\\d+)–(\\d+) 条");

	@Autowired
	JdbcTemplate jdbc;

	private void decision(String kind, String status, String grounds) {
		this.jdbc.update(
				"insert into supervision_decision (institution_id, kind, status, grounds, proposed_by,"
						+ " proposed_at) select min(id), ?, ?, ?, 'center', now() from institution",
				kind, status, grounds);
	}

	@Test
	void theBureauFiltersCountsAndPagesTheDecisionListAndExportsExactlyTheFilteredRows() throws Exception {
		String tag = "浏览器列表" + System.nanoTime();
		for (int i = 0; i < 5; i++) {
			decision("SUSPEND", "PROPOSED", tag + "待决" + i);
		}
		decision("SUSPEND", "DISMISSED", tag + "不采纳");
		decision("SUSPEND", "DISMISSED", tag + "不采纳二");
		decision("DOWNGRADE", "PROPOSED", tag + "降级");

		login("bureau", DEMO_PASSWORD);
		open("/supervision/decisions?size=2");
		type("list-q", tag);
		new Select(find("list-kind")).selectByValue("SUSPEND");
		WebElement search = find("list-search");
		click(search);
		waitForNewPage(search);
		assertThat(driver().getCurrentUrl()).contains("kind=SUSPEND").contains("size=2");
		assertThat(range()).containsExactly(7, 1, 2);
		assertThat(find("count-PROPOSED").getText()).isEqualTo("待决定 5");
		assertThat(find("count-DISMISSED").getText()).isEqualTo("不予采纳 2");

		// a count narrows the list to its status
		WebElement proposed = find("count-PROPOSED");
		click(proposed);
		waitForNewPage(proposed);
		assertThat(range()).containsExactly(5, 1, 2);
		List<String> first = rowIds();
		WebElement next = find("list-next");
		click(next);
		waitForNewPage(next);
		assertThat(range()).containsExactly(5, 3, 4);
		assertThat(rowIds()).hasSize(2).doesNotContainAnyElementsOf(first);

		// the export holds exactly the five filtered rows, whatever the page shown
		List<String> exported = download(find("list-export").getAttribute("href"));
		assertThat(exported).hasSize(5)
			.allSatisfy(line -> assertThat(line).contains(tag + "待决").contains("暂停评价活动").contains("待决定"));
		assertThat(exported.stream().map(line -> line.split(",")[0]).collect(Collectors.toSet()))
			.containsAll(first.stream().map(id -> id.replace("decision-", "")).toList());
	}

	private int[] range() {
		Matcher m = RANGE.matcher(find("list-range").getText());
		assertThat(m.find()).as(find("list-range").getText()).isTrue();
		return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)) };
	}

	private List<String> rowIds() {
		return driver().findElements(By.cssSelector("#decision-table tbody tr[id^='decision-']"))
			.stream()
			.map(row -> row.getAttribute("id"))
			.toList();
	}

	/**
	 * The CSV behind a link, fetched with the browser's session; lines after the header.
	 */
	private List<String> download(String href) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = fetchWithSession(href);
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> lines = Arrays.asList(new String(response.body(), StandardCharsets.UTF_8).split("\r\n"));
		return lines.subList(1, lines.size());
	}

}
