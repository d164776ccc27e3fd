package cn.gov.cq.jianping.shared.web.list;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list pattern on the rectification list: the query bar and filters narrow the rows
 * in SQL, a district sees only its own district's orders and only its district in the
 * filter, and the export holds exactly the filtered rows within scope.
 */
@IntegrationTest
class RectificationListTests {

	private static final String YUBEI = "500112";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String tag;

	@BeforeEach
	void orders() {
		this.tag = "列表测试" + System.nanoTime();
		long yubei = this.jdbc.sql("select id from institution where district_code = :d order by id limit 1")
			.param("d", YUBEI)
			.query(Long.class)
			.single();
		long elsewhere = this.jdbc.sql(
				"select id from institution where district_code is not null and district_code <> :d order by id limit 1")
			.param("d", YUBEI)
			.query(Long.class)
			.single();
		insert(yubei, this.tag + "渝北甲", "OPEN");
		insert(yubei, this.tag + "渝北乙", "ACCEPTED");
		insert(elsewhere, this.tag + "外区丙", "OPEN");
	}

	private void insert(long institutionId, String reason, String status) {
		this.jdbc.sql("""
				insert into rectification_order (institution_id, reason, issued_by, issued_at, deadline, status)
				values (:i, :r, 'center', now(), :d, :s)""")
			.param("i", institutionId)
			.param("r", reason)
			.param("d", LocalDate.now().plusDays(20))
			.param("s", status)
			.update();
	}

	private String csv(RequestPostProcessor user, String status) throws Exception {
		return new String(this.mvc.perform(
				get("/supervision/rectifications/export.csv").param("q", this.tag).param("status", status).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	@Test
	void theQueryAndStatusFilterNarrowTheListAndTheExportHoldsExactlyThoseRows() throws Exception {
		this.mvc.perform(
				get("/supervision/rectifications").param("q", this.tag).param("status", "OPEN").with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.tag + "渝北甲")))
			.andExpect(content().string(containsString(this.tag + "外区丙")))
			.andExpect(content().string(not(containsString(this.tag + "渝北乙"))));
		String export = csv(Users.center(), "OPEN");
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).contains(this.tag + "渝北甲").contains(this.tag + "外区丙").doesNotContain(this.tag + "渝北乙");
	}

	@Test
	void aDistrictSeesAndExportsOnlyItsOwnDistrictsOrdersAndOnlyItsDistrictInTheFilter() throws Exception {
		String page = this.mvc
			.perform(get("/supervision/rectifications").param("q", this.tag)
				.param("district", "500101")
				.with(Users.district(YUBEI)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(this.tag + "渝北甲").doesNotContain(this.tag + "外区丙");
		String select = page.substring(page.indexOf("id=\"order-district\""),
				page.indexOf("</select>", page.indexOf("id=\"order-district\"")));
		assertThat(select).contains("value=\"" + YUBEI + "\"")
			.doesNotContain("value=\"CITY\"")
			.doesNotContain("value=\"500101\"");
		String export = csv(Users.district(YUBEI), "");
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).doesNotContain(this.tag + "外区丙");
	}

	@Test
	void sortingAndPagingNeverBreakOnAnyInput() throws Exception {
		this.mvc
			.perform(get("/supervision/rectifications").param("sort", "o.id; drop table x")
				.param("dir", "sideways")
				.param("page", "-3")
				.param("size", "7")
				.with(Users.center()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/supervision/rectifications").param("print", "true").with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"print-count\"")));
	}

}
