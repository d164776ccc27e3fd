package cn.gov.cq.jianping.system.bench;

import java.time.Clock;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.support.StatementCountTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every staff page and export sends the same number of SQL statements (at most
 * {@value #MAX}) whatever the number of cases: each test measures its page, grows the
 * current round by {@value #GROWTH} cases over every stage (in the demo accounts'
 * scopes), and measures again.
 */
@StatementCountTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPageStatementCountTests {

	static final int MAX = 30;

	static final int GROWTH = 250;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter counter;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private int serial;

	private long roundId;

	@BeforeAll
	void seedFirstSize() {
		grow();
	}

	private void grow() {
		this.roundId = BenchData.addToCurrentRound(this.jdbc, this.clock.instant(), this.serial, GROWTH);
		this.serial += GROWTH;
	}

	/** The statements of one request, after a first request warmed the caches. */
	private long statements(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
		this.mvc.perform(request.with(user)).andExpect(status().isOk());
		long before = this.counter.countOnThisThread();
		this.mvc.perform(request.with(user)).andExpect(status().isOk());
		return this.counter.countOnThisThread() - before;
	}

	private void sameAtTwoSizes(String url, RequestPostProcessor user) throws Exception {
		long cases = this.jdbc.queryForObject("select count(*) from evaluation_case", Long.class);
		long small = statements(get(url), user);
		grow();
		long large = statements(get(url), user);
		long grown = this.jdbc.queryForObject("select count(*) from evaluation_case", Long.class);
		System.out.printf("%s: %d statements at %d cases, %d at %d cases%n", url, small, cases, large, grown);
		assertThat(large).as(url + " at " + grown + " cases vs " + cases).isEqualTo(small);
		assertThat(large).isLessThanOrEqualTo(MAX);
	}

	private RequestPostProcessor bureau() {
		return Users.as(Users.named("bureau", "市人力社保局", Role.BUREAU, null, null));
	}

	private RequestPostProcessor center() {
		return Users.as(Users.named("center", "市职业技能鉴定指导中心", Role.CENTER, null, null));
	}

	private RequestPostProcessor district() {
		return Users.as(Users.districtUser(BenchData.YUBEI));
	}

	private RequestPostProcessor expert() {
		return Users.as(Users.expertNamed("expert1"));
	}

	private RequestPostProcessor institution() {
		Long id = this.jdbc.queryForObject(
				"select min(institution_id) from evaluation_case c join evaluation_round r on r.id = c.round_id"
						+ " where r.name like ?",
				Long.class, "%" + BenchCurrentRound.NAME);
		return Users.as(Users.institutionUser(id));
	}

	@Test
	void centerHome() throws Exception {
		sameAtTwoSizes("/home/center", center());
	}

	@Test
	void bureauHome() throws Exception {
		sameAtTwoSizes("/home/bureau", bureau());
	}

	@Test
	void districtHome() throws Exception {
		sameAtTwoSizes("/home/district", district());
	}

	@Test
	void expertHome() throws Exception {
		sameAtTwoSizes("/home/expert", expert());
	}

	@Test
	void institutionHome() throws Exception {
		sameAtTwoSizes("/home/institution", institution());
	}

	@Test
	void caseListOfTheCenter() throws Exception {
		sameAtTwoSizes("/cases", center());
	}

	@Test
	void caseListOfTheDistrictFiltered() throws Exception {
		sameAtTwoSizes("/cases?stage=DISTRICT_REVIEW&q=%E5%9F%BA%E5%87%86&sort=deadline", district());
	}

	@Test
	void caseListOfAnExpert() throws Exception {
		sameAtTwoSizes("/cases", expert());
	}

	@Test
	void caseExport() throws Exception {
		// every case awaiting approval: the rows grow, the statements do not (one cursor)
		sameAtTwoSizes("/cases/export?stage=BUREAU_REVIEW", center());
	}

	@Test
	void registryExport() throws Exception {
		sameAtTwoSizes("/institutions/export.xlsx", center());
	}

	@Test
	void approvalPage() throws Exception {
		sameAtTwoSizes("/rounds/" + this.roundId + "/review", bureau());
	}

	@Test
	void approvalPageFilteredToApproved() throws Exception {
		sameAtTwoSizes("/rounds/" + this.roundId + "/review?stage=APPROVED&type=LEVEL", bureau());
	}

	@Test
	void casePage() throws Exception {
		Long caseId = this.jdbc.queryForObject(
				"select min(id) from evaluation_case where round_id = ? and stage = 'APPROVED'", Long.class,
				this.roundId);
		sameAtTwoSizes("/cases/" + caseId, center());
	}

	@Test
	void registryList() throws Exception {
		sameAtTwoSizes("/institutions", center());
	}

	// The remaining staff pages of the current round and of supervision (issue 11: every
	// staff page, not only the ones first measured).

	@Test
	void roundList() throws Exception {
		sameAtTwoSizes("/rounds", center());
	}

	@Test
	void roundPage() throws Exception {
		sameAtTwoSizes("/rounds/" + this.roundId, center());
	}

	@Test
	void expertPool() throws Exception {
		sameAtTwoSizes("/experts", center());
	}

	@Test
	void publicityList() throws Exception {
		sameAtTwoSizes("/publicity", bureau());
	}

	@Test
	void publicityPage() throws Exception {
		Long publicityId = this.jdbc.queryForObject("select max(id) from publicity where round_id = ?", Long.class,
				this.roundId);
		sameAtTwoSizes("/publicity/" + publicityId, bureau());
	}

	@Test
	void objectionList() throws Exception {
		sameAtTwoSizes("/objections", bureau());
	}

	@Test
	void announcementList() throws Exception {
		sameAtTwoSizes("/announcements", bureau());
	}

	@Test
	void dashboardOfTheCurrentRound() throws Exception {
		sameAtTwoSizes("/dashboard?round=" + this.roundId, bureau());
	}

	@Test
	void dashboardOfTheDistrict() throws Exception {
		sameAtTwoSizes("/dashboard?round=" + this.roundId, district());
	}

	@Test
	void supervisionOverview() throws Exception {
		sameAtTwoSizes("/supervision", center());
	}

	@Test
	void rectificationList() throws Exception {
		sameAtTwoSizes("/supervision/rectifications", center());
	}

	@Test
	void decisionList() throws Exception {
		sameAtTwoSizes("/supervision/decisions", bureau());
	}

	@Test
	void inspectionList() throws Exception {
		sameAtTwoSizes("/supervision/inspections", center());
	}

	@Test
	void renewalList() throws Exception {
		sameAtTwoSizes("/renewals", center());
	}

	@Test
	void messageCentre() throws Exception {
		sameAtTwoSizes("/messages", center());
	}

}
