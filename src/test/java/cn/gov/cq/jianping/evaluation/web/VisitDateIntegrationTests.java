package cn.gov.cq.jianping.evaluation.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.Panels;
import cn.gov.cq.jianping.evaluation.RoundFixture;
import cn.gov.cq.jianping.evaluation.SheetDrafts;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14: the center schedules the on-site visit for today or later (a day gone by is
 * refused beside the field), on-site scoring opens on the visit day in Asia/Shanghai, and
 * the center may record an earlier actual visit with its reason (audited).
 */
@IntegrationTest
class VisitDateIntegrationTests {

	private static final CurrentUser EXPERT = RoundFixture.expert("expert1");

	@Autowired
	MockMvc mvc;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	EvaluationJourney journey;

	@Autowired
	ExpertPool pool;

	@Autowired
	CaseQueries queries;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	Panels panels;

	@Autowired
	SheetDrafts drafts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	RoundFixture fixture;

	long caseId;

	@BeforeEach
	void aCaseReadyForItsPanel() {
		this.fixture = new RoundFixture(this.rounds, this.queries, this.pool, this.journey, this.ruleSets);
		long roundId = this.fixture.launchedRound(RoundFixture.uniqueName("现场评审日期"));
		this.caseId = this.fixture.directCase(roundId, 0).id();
		this.fixture.toCenterEvaluation(this.caseId);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aVisitDateOfYesterdayIsRefusedBesideTheFieldAndTodayIsAcceptedAtTheDayBoundary() throws Exception {
		LocalDate day = LocalDate.now(this.clock).plusDays(2);
		// 00:00:00 of the day in Asia/Shanghai: the day before is gone by
		at(day, LocalTime.MIDNIGHT);
		this.mvc.perform(formPanel(day.minusDays(1)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"visitDate-error\""),
					containsString("实地检查日期不能早于今天（" + day + "）"), containsString("is-invalid"))));
		assertThat(detail().panel()).as("nothing changed").isEmpty();
		// 23:59:59 of the day before: that day is still today
		at(day.minusDays(1), LocalTime.of(23, 59, 59));
		this.mvc.perform(formPanel(day.minusDays(1))).andExpect(redirectedUrl(panelPath()));
		assertThat(detail().visitDate()).isEqualTo(day.minusDays(1));
		// and today itself is allowed
		at(day, LocalTime.MIDNIGHT);
		this.mvc.perform(formPanel(day)).andExpect(redirectedUrl(panelPath()));
		assertThat(detail().visitDate()).isEqualTo(day);
	}

	@Test
	void onSiteScoringOpensAtMidnightOfTheVisitDayAndNotASecondBefore() throws Exception {
		LocalDate visit = LocalDate.now(this.clock).plusDays(3);
		this.mvc.perform(formPanel(visit)).andExpect(redirectedUrl(panelPath()));
		this.panels.declareNoConflict(EXPERT, this.caseId);

		at(visit.minusDays(1), LocalTime.of(23, 59, 59));
		assertThatThrownBy(() -> save()).isInstanceOf(IllegalTransitionException.class)
			.hasMessage("现场评审日期为 " + visit + "，届时开放评分");
		this.mvc.perform(get("/cases/" + this.caseId + "/expert").with(Users.as(EXPERT)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"visit-note\""),
					containsString("现场评审日期为 " + visit + "，届时开放评分"), containsString("readonly"))));
		assertThat(detail().sheets(SheetKind.EXPERT)).as("nothing saved").isEmpty();

		at(visit, LocalTime.MIDNIGHT);
		assertThatCode(this::save).doesNotThrowAnyException();
		this.mvc.perform(get("/cases/" + this.caseId + "/expert").with(Users.as(EXPERT)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"visit-note\""))));
	}

	@Test
	void theCenterRecordsAnEarlierActualVisitWithItsReasonWhichOpensScoringAndIsAudited() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate scheduled = today.plusDays(5);
		this.mvc.perform(formPanel(scheduled)).andExpect(redirectedUrl(panelPath()));
		this.panels.declareNoConflict(EXPERT, this.caseId);
		assertThatThrownBy(this::save).isInstanceOf(IllegalTransitionException.class);

		// without a reason, or in the future: refused beside the field, nothing changed
		this.mvc.perform(actualVisit(today.toString(), ""))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"actualReason-error\""), containsString("请填写提前现场评审的原因"))));
		this.mvc.perform(actualVisit(today.plusDays(1).toString(), "专家日程调整"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"actualDate-error\""), containsString("实际现场评审日期不能晚于今天（" + today + "）"))));
		this.mvc.perform(actualVisit("2026-13-40", "专家日程调整"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式不正确，应为 yyyy-MM-dd")));
		assertThat(detail().actualVisitDate()).isNull();

		this.mvc.perform(actualVisit(today.toString(), "机构申请提前，专家组已于今日完成现场评审")).andExpect(redirectedUrl(panelPath()));
		assertThat(detail().actualVisitDate()).isEqualTo(today);
		assertThatCode(this::save).doesNotThrowAnyException();
		assertThat(this.jdbc.queryForObject(
				"select detail from audit_entry where action = '记录实际现场评审日期' and target_id = ? order by id desc limit 1",
				String.class, String.valueOf(this.caseId)))
			.contains("原定 " + scheduled)
			.contains("实际 " + today)
			.contains("机构申请提前");
		// only the center records it
		this.mvc
			.perform(post("/cases/" + this.caseId + "/actual-visit").with(Users.bureau())
				.with(csrf())
				.param("actualDate", today.toString())
				.param("reason", "越权"))
			.andExpect(status().isForbidden());
	}

	private void save() {
		this.drafts.saveSheet(EXPERT, this.caseId, SheetKind.EXPERT,
				RoundFixture.fullSheet(this.fixture.ruleSetOf(this.caseId)));
	}

	private void at(LocalDate day, LocalTime time) {
		this.clock.setInstant(day.atTime(time).atZone(TimeConfiguration.ZONE).toInstant());
	}

	private CaseViews.CaseDetail detail() {
		return this.queries.detail(RoundFixture.center(), this.caseId);
	}

	private String panelPath() {
		return "/cases/" + this.caseId + "/panel";
	}

	private MockHttpServletRequestBuilder formPanel(LocalDate visit) {
		List<Long> experts = this.fixture.expertIds();
		return post(panelPath()).with(Users.center())
			.with(csrf())
			.param("expertIds", experts.stream().map(String::valueOf).toArray(String[]::new))
			.param("leadId", experts.get(0).toString())
			.param("visitDate", visit.toString());
	}

	private MockHttpServletRequestBuilder actualVisit(String date, String reason) {
		return post("/cases/" + this.caseId + "/actual-visit").with(Users.center())
			.with(csrf())
			.param("actualDate", date)
			.param("reason", reason);
	}

}
