package cn.gov.cq.jianping.dashboard;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 统计分析 on the demo data: the figures agree with independent counts, a district sees only
 * its own cases, other roles are kept out, and the export holds the table's rows.
 */
@IntegrationTest
class DashboardIntegrationTests {

	private static final String YUBEI = "500112";

	@Autowired
	MockMvc mvc;

	@Autowired
	Dashboards dashboards;

	@Autowired
	JdbcClient jdbc;

	private final CurrentUser bureau = Users.user(Role.BUREAU, null, null);

	private final CurrentUser district = Users.user(Role.DISTRICT, null, YUBEI);

	private long currentRound() {
		return this.dashboards.round(null).orElseThrow().id();
	}

	private long count(String sql, long roundId) {
		return this.jdbc.sql(sql).param("r", roundId).query(Long.class).single();
	}

	private static long sumColumn(FigureTable table, int column) {
		return table.rows().stream().mapToLong(row -> ((Number) row.get(column)).longValue()).sum();
	}

	@Test
	void workloadCountsEveryCaseOfTheRoundForTheBureauAndOnlyItsOwnForTheDistrict() {
		long round = currentRound();
		FigureTable all = this.dashboards.figure(this.bureau, round, "workload").orElseThrow();
		FigureTable own = this.dashboards.figure(this.district, round, "workload").orElseThrow();
		assertThat(sumColumn(all, 1))
			.isEqualTo(count("select count(*) from evaluation_case where round_id = :r", round));
		assertThat(sumColumn(own, 1)).isEqualTo(count(
				"select count(*) from evaluation_case where round_id = :r and district_code = '" + YUBEI + "'", round));
		assertThat(sumColumn(own, 1)).isLessThan(sumColumn(all, 1));
	}

	@Test
	void gradeCountsAddUpToTheGradedCases() {
		long round = currentRound();
		FigureTable grades = this.dashboards.figure(this.bureau, round, "grades").orElseThrow();
		long graded = count("""
				select count(*) from evaluation_case
				where round_id = :r and coalesce(approved_grade, initial_grade) is not null""", round);
		assertThat(graded).isPositive();
		assertThat(sumColumn(grades, 5)).isEqualTo(graded);
		for (List<Object> row : grades.rows()) {
			long byGrade = ((Number) row.get(1)).longValue() + ((Number) row.get(2)).longValue()
					+ ((Number) row.get(3)).longValue() + ((Number) row.get(4)).longValue();
			assertThat(byGrade).isEqualTo(((Number) row.get(5)).longValue());
		}
	}

	@Test
	void theDistrictSeesNoOtherDistrictInAnyFigure() {
		long round = currentRound();
		for (String id : Dashboards.FIGURES) {
			FigureTable table = this.dashboards.figure(this.district, round, id).orElseThrow();
			String text = table.rows().toString() + table.columns();
			assertThat(text).as(id).doesNotContain("市级登记").doesNotContain("万州区");
		}
	}

	@Test
	void expertDeviationsFromTheirPanelMeansCancelOut() {
		FigureTable experts = this.dashboards.figure(this.bureau, currentRound(), "experts").orElseThrow();
		assertThat(experts.rows()).isNotEmpty();
		BigDecimal sum = experts.rows()
			.stream()
			.map(row -> ((BigDecimal) row.get(3)).multiply(new BigDecimal(((Number) row.get(4)).longValue())))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		// each mean deviation is rounded to 0.01, so the sum may be off by a little
		assertThat(sum.abs()).isLessThan(new BigDecimal("0.1"));
	}

	@Test
	void thePageShowsEachChartWithItsTableAndOtherRolesAreKeptOut() throws Exception {
		this.mvc.perform(get("/dashboard").with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"chart-grades\"")))
			.andExpect(content().string(containsString("id=\"table-grades\"")))
			.andExpect(content().string(containsString("id=\"table-workload\"")));
		this.mvc.perform(get("/dashboard").with(Users.institution(1))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard").with(Users.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard/workload.csv").with(Users.institution(1))).andExpect(status().isForbidden());
	}

	@Test
	void theExportHoldsExactlyTheTablesRowsWithinScope() throws Exception {
		long round = currentRound();
		FigureTable own = this.dashboards.figure(this.district, round, "gaps").orElseThrow();
		byte[] body = this.mvc
			.perform(get("/dashboard/gaps.csv").param("round", String.valueOf(round)).with(Users.district(YUBEI)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String csv = new String(body, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF机构,");
		assertThat(csv.split("\r\n")).hasSize(own.rows().size() + 1);
		this.mvc.perform(get("/dashboard/nothing.csv").with(Users.bureau())).andExpect(status().isNotFound());
	}

}
