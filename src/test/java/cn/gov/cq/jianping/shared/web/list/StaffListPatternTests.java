package cn.gov.cq.jianping.shared.web.list;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list pattern on the 处理决定, 延续备案, 评估批次, 投诉举报, 日常检查 and 评估异议 lists: the query text and
 * the status filter narrow the rows in SQL, the counts per status follow the other
 * filters, a district sees and exports only its own district's rows and only its district
 * in the dropdown, the export holds exactly the filtered rows, and roles outside the list
 * get 403.
 */
@IntegrationTest
class StaffListPatternTests {

	private static final String YUBEI = "500112";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private String tag;

	private long yubei;

	@BeforeEach
	void rows() {
		this.tag = "列表" + System.nanoTime();
		this.yubei = institutionIn("=");
		long elsewhere = institutionIn("<>");
		decision(this.yubei, this.tag + "渝北甲", "PROPOSED");
		decision(this.yubei, this.tag + "渝北乙", "DISMISSED");
		decision(elsewhere, this.tag + "外区丙", "PROPOSED");
		renewal(this.yubei, YUBEI, this.tag + "-渝北甲", "APPROVED");
		renewal(this.yubei, YUBEI, this.tag + "-渝北乙", "REFUSED");
		renewal(elsewhere,
				this.jdbc.sql("select district_code from institution where id = :i")
					.param("i", elsewhere)
					.query(String.class)
					.single(),
				this.tag + "-外区丙", "APPROVED");
		round(this.tag + "筹备甲", "DRAFT");
		round(this.tag + "筹备乙", "DRAFT");
		round(this.tag + "已启动丙", "LAUNCHED");
		complaint(this.yubei, this.tag + "渝北甲", null);
		complaint(this.yubei, this.tag + "渝北乙", true);
		complaint(elsewhere, this.tag + "外区丙", null);
		inspection(this.yubei, 1, this.tag + "渝北甲", false);
		inspection(this.yubei, 2, this.tag + "渝北乙", true);
		inspection(elsewhere, 1, this.tag + "外区丙", false);
		long entry = this.jdbc.sql("select id from publicity_entry order by id limit 1").query(Long.class).single();
		objection(entry, this.tag + "异议甲", "SUBMITTED");
		objection(entry, this.tag + "异议乙", "SUBMITTED");
		objection(entry, this.tag + "异议丙", "REJECTED");
	}

	private void complaint(long institutionId, String content, Boolean verified) {
		this.jdbc.sql("""
				insert into complaint (institution_id, source, content, received_on, verified, recorded_by)
				values (:i, '12333 热线', :c, current_date, :v, 'center')""")
			.param("i", institutionId)
			.param("c", content)
			.param("v", verified)
			.update();
	}

	/** Plan year 2033, so no generated plan is in the way of the unique month. */
	private void inspection(long institutionId, int month, String inspector, boolean done) {
		this.jdbc.sql("""
				insert into inspection_plan_item (plan_year, institution_id, inspector, planned_month, grade, done)
				values (2033, :i, :n, :m, 'QUALIFIED', :d)""")
			.param("i", institutionId)
			.param("n", inspector)
			.param("m", month)
			.param("d", done)
			.update();
	}

	private void objection(long entryId, String content, String status) {
		this.jdbc.sql("""
				insert into objection (entry_id, receipt_number, objector_kind, objector_name, content, consent_at,
				  submitted_at, status)
				values (:e, :r, 'PERSON', '张三', :c, now(), now(), :s)""")
			.param("e", entryId)
			.param("r", "L" + (System.nanoTime() % 1_000_000_000_000L))
			.param("c", content)
			.param("s", status)
			.update();
	}

	/**
	 * The rows go again: this context is shared, and a launched round of 2031 would
	 * become every other test's current round.
	 */
	@AfterEach
	void forget() {
		String like = this.tag + "%";
		this.jdbc.sql("delete from evaluation_round where name like :t").param("t", like).update();
		this.jdbc.sql("delete from supervision_decision where grounds like :t").param("t", like).update();
		this.jdbc.sql("delete from renewal_application where document_number like :t").param("t", like).update();
		this.jdbc.sql("delete from complaint where content like :t").param("t", like).update();
		this.jdbc.sql("delete from inspection_plan_item where inspector like :t").param("t", like).update();
		this.jdbc.sql("delete from objection where content like :t").param("t", like).update();
	}

	private void round(String name, String status) {
		this.jdbc.sql("""
				insert into evaluation_round (name, year, appraisal_rule_set_id, level_rule_set_id, self_deadline,
				  district_deadline, center_deadline, consolidation_method, status, created_by, created_at)
				select :n, 2031, appraisal_rule_set_id, level_rule_set_id, self_deadline, district_deadline,
				  center_deadline, 'MEAN', :s, 'bureau', now() from evaluation_round order by id limit 1""")
			.param("n", name)
			.param("s", status)
			.update();
	}

	private long institutionIn(String operator) {
		return this.jdbc
			.sql("select id from institution where district_code is not null and district_code " + operator
					+ " :d order by id limit 1")
			.param("d", YUBEI)
			.query(Long.class)
			.single();
	}

	private void decision(long institutionId, String grounds, String status) {
		this.jdbc.sql("""
				insert into supervision_decision (institution_id, kind, status, grounds, proposed_by, proposed_at)
				values (:i, 'SUSPEND', :s, :g, 'center', now())""")
			.param("i", institutionId)
			.param("s", status)
			.param("g", grounds)
			.update();
	}

	/** The tag goes into the 文号 so the query text finds the application. */
	private void renewal(long institutionId, String district, String number, String status) {
		this.jdbc.sql("""
				insert into renewal_application (institution_id, district_code, expires_on, scope_occupations,
				  evaluation_sites, statement, status, submitted_by, submitted_at, document_number)
				values (:i, :d, :e, '电工', '渝北', '申请延续', :s, 'inst', now(), :n)""")
			.param("i", institutionId)
			.param("d", district)
			.param("e", LocalDate.now().plusDays(60))
			.param("s", status)
			.param("n", number)
			.update();
	}

	private String page(String path, RequestPostProcessor user, String... params) throws Exception {
		var request = get(path).param("q", this.tag).with(user);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String select(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as("dropdown " + id).isPositive();
		return page.substring(start, page.indexOf("</select>", start));
	}

	@Test
	void theDecisionStatusFilterNarrowsTheListItsCountsAndTheExportHoldsExactlyThoseRows() throws Exception {
		String page = page("/supervision/decisions", Users.center(), "status", "PROPOSED");
		assertThat(page).contains(this.tag + "渝北甲", this.tag + "外区丙").doesNotContain(this.tag + "渝北乙");
		// counts per status under the query text: two proposed, one dismissed
		assertThat(page).contains("id=\"count-PROPOSED\">待决定 2<").contains("id=\"count-DISMISSED\">不予采纳 1<");
		String export = page("/supervision/decisions/export.csv", Users.center(), "status", "PROPOSED");
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).contains(this.tag + "渝北甲", this.tag + "外区丙").doesNotContain(this.tag + "渝北乙");
		String print = page("/supervision/decisions", Users.center(), "status", "PROPOSED", "print", "true");
		assertThat(print).contains("id=\"print-count\">共 2 条<");
	}

	@Test
	void aDistrictSeesAndExportsOnlyItsOwnDistrictsDecisionsAndOnlyItsDistrictInTheFilter() throws Exception {
		String page = page("/supervision/decisions", Users.district(YUBEI), "district", "500101");
		assertThat(page).contains(this.tag + "渝北甲", this.tag + "渝北乙").doesNotContain(this.tag + "外区丙");
		assertThat(select(page, "list-district")).contains("value=\"" + YUBEI + "\"")
			.doesNotContain("value=\"CITY\"")
			.doesNotContain("value=\"500101\"");
		String export = page("/supervision/decisions/export.csv", Users.district(YUBEI));
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).doesNotContain(this.tag + "外区丙");
	}

	@Test
	void theRenewalStatusFilterNarrowsTheListAndTheExportHoldsExactlyThoseRows() throws Exception {
		String page = page("/renewals", Users.center(), "status", "APPROVED");
		assertThat(page).contains(this.tag + "-渝北甲", this.tag + "-外区丙").doesNotContain(this.tag + "-渝北乙");
		assertThat(page).contains("id=\"count-APPROVED\">准予延续备案 2<").contains("id=\"count-REFUSED\">不予延续备案 1<");
		String export = page("/renewals/export.csv", Users.center(), "status", "APPROVED");
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).contains(this.tag + "-渝北甲", this.tag + "-外区丙").doesNotContain(this.tag + "-渝北乙");
	}

	@Test
	void aDistrictAndAnInstitutionSeeAndExportOnlyTheirOwnRenewals() throws Exception {
		String page = page("/renewals", Users.district(YUBEI));
		assertThat(page).contains(this.tag + "-渝北甲", this.tag + "-渝北乙").doesNotContain(this.tag + "-外区丙");
		assertThat(select(page, "list-district")).contains("value=\"" + YUBEI + "\"").doesNotContain("value=\"CITY\"");
		assertThat(page("/renewals/export.csv", Users.district(YUBEI)).split("\r\n")).hasSize(3);
		String own = page("/renewals/export.csv", Users.institution(this.yubei));
		assertThat(own).contains(this.tag + "-渝北甲").doesNotContain(this.tag + "-外区丙");
		// an institution gets no district dropdown at all
		assertThat(page("/renewals", Users.institution(this.yubei))).doesNotContain("id=\"list-district\"");
	}

	@Test
	void theRoundStatusAndYearFiltersNarrowTheListAndTheExportHoldsExactlyThoseRows() throws Exception {
		String page = page("/rounds", Users.bureau(), "status", "DRAFT", "year", "2031");
		assertThat(page).contains(this.tag + "筹备甲", this.tag + "筹备乙").doesNotContain(this.tag + "已启动丙");
		assertThat(page).contains("id=\"count-DRAFT\">筹备中 2<").contains("id=\"count-LAUNCHED\">已启动 1<");
		String export = page("/rounds/export.csv", Users.bureau(), "status", "DRAFT", "year", "2031");
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).contains(this.tag + "筹备甲").doesNotContain(this.tag + "已启动丙");
		// the print view: every filtered row, no pager
		String print = page("/rounds", Users.bureau(), "status", "DRAFT", "print", "true");
		assertThat(print).contains("id=\"print-count\">共 2 条<").doesNotContain("id=\"list-pager\"");
		// page 2 of one row per page holds the second row only
		String second = page("/rounds", Users.bureau(), "status", "DRAFT", "size", "1", "page", "2", "sort", "id",
				"dir", "asc");
		assertThat(second).contains(this.tag + "筹备乙").doesNotContain(this.tag + "筹备甲");
	}

	@Test
	void theComplaintStateFilterNarrowsTheListItsCountsAndTheExportHoldsExactlyThoseRows() throws Exception {
		String page = page("/supervision/complaints", Users.center(), "state", "PENDING");
		assertThat(page).contains(this.tag + "渝北甲", this.tag + "外区丙").doesNotContain(this.tag + "渝北乙");
		assertThat(page).contains("id=\"count-PENDING\">待核查 2<").contains("id=\"count-TRUE\">经核查属实 1<");
		String export = page("/supervision/complaints/export.csv", Users.center(), "state", "PENDING");
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).contains(this.tag + "渝北甲", this.tag + "外区丙").doesNotContain(this.tag + "渝北乙");
	}

	@Test
	void aDistrictSeesAndExportsOnlyItsOwnDistrictsComplaintsAndInspections() throws Exception {
		String complaints = page("/supervision/complaints", Users.district(YUBEI), "district", "500101");
		assertThat(complaints).contains(this.tag + "渝北甲", this.tag + "渝北乙").doesNotContain(this.tag + "外区丙");
		assertThat(select(complaints, "list-district")).contains("value=\"" + YUBEI + "\"")
			.doesNotContain("value=\"CITY\"");
		assertThat(page("/supervision/complaints/export.csv", Users.district(YUBEI)).split("\r\n")).hasSize(3);
		String plan = page("/supervision/inspections", Users.district(YUBEI), "year", "2033");
		assertThat(plan).contains(this.tag + "渝北甲", this.tag + "渝北乙").doesNotContain(this.tag + "外区丙");
		assertThat(select(plan, "list-district")).doesNotContain("value=\"CITY\"");
		String export = page("/supervision/inspections/export.csv", Users.district(YUBEI), "year", "2033");
		assertThat(export.split("\r\n")).hasSize(3);
		assertThat(export).doesNotContain(this.tag + "外区丙");
	}

	@Test
	void theInspectionPlanShowsThisYearUnlessAskedAndItsStateFilterNarrowsTheExport() throws Exception {
		// the rows are planned for 2033: not on this year's plan, on 2033's and on "全部"
		assertThat(page("/supervision/inspections", Users.center())).doesNotContain(this.tag + "渝北甲");
		String all = page("/supervision/inspections", Users.center(), "year", "");
		assertThat(all).contains(this.tag + "渝北甲", this.tag + "外区丙");
		String pending = page("/supervision/inspections", Users.center(), "year", "2033", "state", "PENDING");
		assertThat(pending).contains(this.tag + "渝北甲", this.tag + "外区丙").doesNotContain(this.tag + "渝北乙");
		assertThat(pending).contains("id=\"count-PENDING\">待检查 2<").contains("id=\"count-DONE\">已检查 1<");
		String export = page("/supervision/inspections/export.csv", Users.center(), "year", "2033", "state", "DONE");
		assertThat(export.split("\r\n")).hasSize(2);
		assertThat(export).contains(this.tag + "渝北乙");
	}

	@Test
	void theObjectionListShowsThePendingOnesFirstMaskedAndExportsExactlyTheFilteredRows() throws Exception {
		String pending = page("/objections", Users.bureau(), "status", "SUBMITTED");
		assertThat(pending).contains(this.tag + "异议甲", this.tag + "异议乙").doesNotContain(this.tag + "异议丙");
		assertThat(pending).contains("id=\"count-SUBMITTED\">待复核 2<").contains("id=\"count-REJECTED\">异议不成立 1<");
		assertThat(pending).contains("张*").doesNotContain("张三");
		String export = page("/objections/export.csv", Users.bureau(), "status", "REJECTED");
		assertThat(export.split("\r\n")).hasSize(2);
		assertThat(export).contains(this.tag + "异议丙").doesNotContain("张三");
		// a first visit, with no parameters at all, is the pending list
		String first = this.mvc.perform(get("/objections").with(Users.bureau()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(first).contains(this.tag + "异议甲").doesNotContain(this.tag + "异议丙");
	}

	@Test
	void rolesOutsideAListAreRefused() throws Exception {
		this.mvc.perform(get("/rounds").with(Users.district(YUBEI))).andExpect(status().isForbidden());
		this.mvc.perform(get("/rounds/export.csv").with(Users.district(YUBEI))).andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/decisions").with(Users.institution(this.yubei)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/supervision/decisions/export.csv").with(Users.institution(this.yubei)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/renewals").with(Users.expert())).andExpect(status().isForbidden());
		this.mvc.perform(get("/renewals/export.csv").with(Users.expert())).andExpect(status().isForbidden());
		for (String path : new String[] { "/supervision/complaints", "/supervision/complaints/export.csv",
				"/supervision/inspections", "/supervision/inspections/export.csv" }) {
			this.mvc.perform(get(path).with(Users.institution(this.yubei))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/objections").with(Users.district(YUBEI))).andExpect(status().isForbidden());
		this.mvc.perform(get("/objections/export.csv").with(Users.center())).andExpect(status().isForbidden());
	}

	@Test
	void anyInputForSortPageAndFiltersStillAnswers() throws Exception {
		for (String path : new String[] { "/supervision/decisions", "/renewals", "/rounds", "/supervision/complaints",
				"/supervision/inspections", "/objections" }) {
			this.mvc
				.perform(get(path).param("sort", "d.id; drop table x")
					.param("dir", "sideways")
					.param("page", "-3")
					.param("size", "100000")
					.param("status", "NOPE")
					.param("kind", "'or 1=1")
					.param("district", "999999")
					.param("year", "二〇三一")
					.param("method", "x")
					.param("state", "'")
					.param("grade", "x")
					.with(path.equals("/objections") ? Users.bureau() : Users.center()))
				.andExpect(status().isOk());
		}
	}

}
