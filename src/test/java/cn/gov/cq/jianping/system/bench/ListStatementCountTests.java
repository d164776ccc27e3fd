package cn.gov.cq.jianping.system.bench;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.support.StatementCountTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lists with the list pattern send the same number of SQL statements whatever the
 * number of their rows: each test measures its list (page, print view and export), adds
 * {@value #GROWTH} rows of the list's own kind in every district, and measures again.
 */
@StatementCountTest
class ListStatementCountTests {

	static final int GROWTH = 120;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	private long statements(String url, RequestPostProcessor user) throws Exception {
		this.mvc.perform(get(url).with(user)).andExpect(status().isOk());
		long before = this.counter.countOnThisThread();
		this.mvc.perform(get(url).with(user)).andExpect(status().isOk());
		return this.counter.countOnThisThread() - before;
	}

	private void sameAtTwoSizes(String table, Runnable grow, RequestPostProcessor user, String... urls)
			throws Exception {
		long[] small = new long[urls.length];
		long rows = count(table);
		for (int i = 0; i < urls.length; i++) {
			small[i] = statements(urls[i], user);
		}
		grow.run();
		long grown = count(table);
		assertThat(grown).isGreaterThanOrEqualTo(rows + GROWTH);
		for (int i = 0; i < urls.length; i++) {
			long large = statements(urls[i], user);
			System.out.printf("%s: %d statements at %d rows, %d at %d rows%n", urls[i], small[i], rows, large, grown);
			assertThat(large).as(urls[i] + " at " + grown + " rows vs " + rows).isEqualTo(small[i]);
		}
	}

	/**
	 * The grown rows go again, so the other tests of this shared context see the demo
	 * data.
	 */
	@AfterEach
	void forget() {
		this.jdbc.update("delete from evaluation_round where name like '计数批次%'");
		this.jdbc.update("delete from supervision_decision where grounds = '计数'");
		this.jdbc.update("delete from renewal_application where statement = '计数'");
		this.jdbc.update("delete from rectification_order where reason = '计数'");
		this.jdbc.update("delete from complaint where content = '计数'");
		this.jdbc.update("delete from inspection_plan_item where inspector = '计数'");
		this.jdbc.update("delete from objection where content = '计数'");
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	/**
	 * GROWTH rows spread over the institutions of every district, by a statement each.
	 */
	private void insert(String sql) {
		for (int i = 0; i < GROWTH; i++) {
			this.jdbc.update(sql, i);
		}
	}

	private static final String SOME_INSTITUTION = "(select id, district_code from institution order by id offset (? % (select count(*) from institution)) limit 1)";

	private RequestPostProcessor center() {
		return Users.as(Users.named("center", "市职业技能鉴定指导中心", Role.CENTER, null, null));
	}

	private RequestPostProcessor district() {
		return Users.as(Users.districtUser(BenchData.YUBEI));
	}

	@Test
	void decisionList() throws Exception {
		Runnable grow = () -> insert("insert into supervision_decision (institution_id, kind, status, grounds,"
				+ " proposed_by, proposed_at) select id, 'SUSPEND', 'DISMISSED', '计数', 'center', now() from "
				+ SOME_INSTITUTION + " i");
		sameAtTwoSizes("supervision_decision", grow, center(), "/supervision/decisions",
				"/supervision/decisions?status=DISMISSED&q=%E8%AE%A1&sort=institution",
				"/supervision/decisions?print=true", "/supervision/decisions/export.csv");
	}

	@Test
	void decisionListOfADistrict() throws Exception {
		Runnable grow = () -> insert("insert into supervision_decision (institution_id, kind, status, grounds,"
				+ " proposed_by, proposed_at) select id, 'DOWNGRADE', 'PROPOSED', '计数', 'center', now() from "
				+ SOME_INSTITUTION + " i");
		sameAtTwoSizes("supervision_decision", grow, district(), "/supervision/decisions?kind=DOWNGRADE");
	}

	@Test
	void renewalList() throws Exception {
		Runnable grow = () -> insert("insert into renewal_application (institution_id, district_code, expires_on,"
				+ " scope_occupations, evaluation_sites, statement, status, submitted_by, submitted_at)"
				+ " select id, district_code, date '" + LocalDate.of(2027, 6, 30)
				+ "', '电工', '渝北', '计数', 'REFUSED', 'inst', now() from " + SOME_INSTITUTION + " i");
		sameAtTwoSizes("renewal_application", grow, center(), "/renewals", "/renewals?status=REFUSED&sort=expires",
				"/renewals?print=true", "/renewals/export.csv");
	}

	@Test
	void roundList() throws Exception {
		Runnable grow = () -> insert("insert into evaluation_round (name, year, appraisal_rule_set_id,"
				+ " level_rule_set_id, self_deadline, district_deadline, center_deadline, consolidation_method,"
				+ " status, created_by, created_at) select '计数批次' || ? || '-' || (select count(*) from evaluation_round),"
				+ " year, appraisal_rule_set_id, level_rule_set_id, self_deadline, district_deadline, center_deadline,"
				+ " 'MEAN', 'DRAFT', 'bureau', now() from evaluation_round order by id limit 1");
		sameAtTwoSizes("evaluation_round", grow, center(), "/rounds", "/rounds?status=DRAFT&q=%E8%AE%A1&sort=name",
				"/rounds?print=true", "/rounds/export.csv");
	}

	@Test
	void rectificationList() throws Exception {
		Runnable grow = () -> insert("insert into rectification_order (institution_id, reason, issued_by, issued_at,"
				+ " deadline, status) select id, '计数', 'center', now(), date '" + LocalDate.of(2027, 6, 30)
				+ "', 'ACCEPTED' from " + SOME_INSTITUTION + " i");
		sameAtTwoSizes("rectification_order", grow, center(), "/supervision/rectifications",
				"/supervision/rectifications?status=ACCEPTED&q=%E8%AE%A1", "/supervision/rectifications?print=true",
				"/supervision/rectifications/export.csv");
	}

	@Test
	void complaintList() throws Exception {
		Runnable grow = () -> insert("insert into complaint (institution_id, source, content, received_on, verified,"
				+ " recorded_by) select id, '来信', '计数', current_date, true, 'center' from " + SOME_INSTITUTION + " i");
		sameAtTwoSizes("complaint", grow, center(), "/supervision/complaints",
				"/supervision/complaints?state=TRUE&q=%E8%AE%A1&sort=institution", "/supervision/complaints?print=true",
				"/supervision/complaints/export.csv");
		sameAtTwoSizes("complaint", grow, district(), "/supervision/complaints?state=PENDING");
	}

	/** Plan years 2040 onwards, one month each, so the unique month never collides. */
	@Test
	void inspectionList() throws Exception {
		Runnable grow = () -> insert("insert into inspection_plan_item (plan_year, institution_id, inspector,"
				+ " planned_month, grade, done) select 2040 + (select count(*) from inspection_plan_item"
				+ " where inspector = '计数'), id, '计数', 1, 'BASIC', false from " + SOME_INSTITUTION + " i");
		sameAtTwoSizes("inspection_plan_item", grow, center(), "/supervision/inspections?year=",
				"/supervision/inspections?year=&state=PENDING&grade=BASIC&sort=institution",
				"/supervision/inspections?year=&print=true", "/supervision/inspections/export.csv?year=");
	}

	@Test
	void objectionList() throws Exception {
		Runnable grow = () -> insert("insert into objection (entry_id, receipt_number, objector_kind, objector_name,"
				+ " content, consent_at, submitted_at, status) select (select min(id) from publicity_entry),"
				+ " 'J' || ? || '-' || (select count(*) from objection), 'PERSON', '李四', '计数', now(), now(),"
				+ " 'SUBMITTED'");
		RequestPostProcessor bureau = Users.as(Users.named("bureau", "市人力社保局", Role.BUREAU, null, null));
		sameAtTwoSizes("objection", grow, bureau, "/objections", "/objections?status=&q=%E8%AE%A1&sort=submitted",
				"/objections?print=true", "/objections/export.csv");
	}

}
