package cn.gov.cq.jianping.publicity.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.gov.cq.jianping.publicity.GradeLookup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LookupRowsTest {

	private static GradeLookup.GradeRow row(String name) {
		return new GradeLookup.GradeRow(name, "52500000MJP000012X", "职业技能等级评价机构", "渝北区", "EXCELLENT", "优秀", 2026,
				OffsetDateTime.of(2026, 3, 11, 0, 0, 1, 0, ZoneOffset.ofHours(8)));
	}

	@Test
	void aRowShowsEveryColumnWithTheLinkTheGradeClassAndTheBeijingDay() {
		String html = LookupRows.html(List.of(row("重庆市嘉陵职业技能评价中心")), "/jp");
		assertThat(html).contains("<a href=\"/jp/public/institutions/52500000MJP000012X\">重庆市嘉陵职业技能评价中心</a>")
			.contains("<td class=\"font-monospace\">52500000MJP000012X</td>")
			.contains("<td>职业技能等级评价机构</td>", "<td>渝北区</td>")
			.contains("<span class=\"badge jp-grade jp-grade-excellent\">优秀</span>")
			.contains("<td>2026</td>", "<td>2026-03-11</td>");
		assertThat(html.split("<tr>", -1)).hasSize(2);
	}

	@Test
	void markupInANameIsEscapedAndNeverBecomesAnElement() {
		String html = LookupRows.html(List.of(row("<script>alert('x')</script> & \"引号\"")), "");
		assertThat(html).doesNotContain("<script>")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;引号&quot;");
	}

	@Test
	void noResultsMeansNoRows() {
		assertThat(LookupRows.html(List.of(), "")).isEmpty();
	}

}
