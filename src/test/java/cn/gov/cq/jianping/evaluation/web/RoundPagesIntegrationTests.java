package cn.gov.cq.jianping.evaluation.web;

import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.RoundFixture;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * Round creation, the participant list of 第八条, launch, and who may reach the round pages.
 */
@IntegrationTest
class RoundPagesIntegrationTests {

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

	RoundFixture fixture;

	final LocalDate today = LocalDate.now(TimeConfiguration.ZONE);

	@BeforeEach
	void setUp() {
		this.fixture = new RoundFixture(this.rounds, this.queries, this.pool, this.journey, this.ruleSets);
	}

	@Test
	void anUnfrozenRuleSetIsRefusedBesideItsFieldAndNotOffered() throws Exception {
		String draftName = RoundFixture.uniqueName("未冻结细则");
		long draft = this.ruleSets.copy("center", this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(), draftName);
		String name = RoundFixture.uniqueName("细则未冻结批次");

		this.mvc.perform(get("/rounds/new").with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.ruleSets.defaultFor(RubricCode.APPRAISAL).name()),
					not(containsString(draftName)))));

		this.mvc
			.perform(post("/rounds/new").with(Users.center())
				.with(csrf())
				.param("name", name)
				.param("year", String.valueOf(this.today.getYear()))
				.param("appraisalRuleSetId", String.valueOf(draft))
				.param("levelRuleSetId", String.valueOf(this.ruleSets.defaultFor(RubricCode.LEVEL).id()))
				.param("selfDeadline", this.today.plusDays(10).toString())
				.param("districtDeadline", this.today.plusDays(20).toString())
				.param("centerDeadline", this.today.plusDays(30).toString())
				.param("consolidationMethod", "MEAN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"appraisalRuleSetId-error\""), containsString("尚未冻结"),
					containsString("value=\"" + name + "\""))));
		assertThat(this.rounds.list()).noneMatch(r -> r.name().equals(name));
	}

	@Test
	void deadlinesOutOfOrderAreRefusedBesideTheFieldWithTheInputKept() throws Exception {
		String name = RoundFixture.uniqueName("截止日期倒置");
		this.mvc
			.perform(post("/rounds/new").with(Users.bureau())
				.with(csrf())
				.param("name", name)
				.param("year", String.valueOf(this.today.getYear()))
				.param("appraisalRuleSetId", String.valueOf(this.ruleSets.defaultFor(RubricCode.APPRAISAL).id()))
				.param("levelRuleSetId", String.valueOf(this.ruleSets.defaultFor(RubricCode.LEVEL).id()))
				.param("selfDeadline", this.today.plusDays(20).toString())
				.param("districtDeadline", this.today.plusDays(10).toString())
				.param("centerDeadline", this.today.plusDays(30).toString())
				.param("consolidationMethod", "TRIMMED_MEAN"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"districtDeadline-error\""),
					containsString("区县初评截止日期须不早于自评截止日期"), containsString("value=\"" + name + "\""),
					containsString("value=\"" + this.today.plusDays(20) + "\""),
					containsString("<option value=\"TRIMMED_MEAN\" selected=\"selected\""))));
		assertThat(this.rounds.list()).noneMatch(r -> r.name().equals(name));
	}

	@Test
	void aValidFormCreatesTheRoundAndShowsItsParticipants() throws Exception {
		String name = RoundFixture.uniqueName("新建批次");
		MvcResult result = this.mvc
			.perform(post("/rounds/new").with(Users.center())
				.with(csrf())
				.param("name", name)
				.param("year", String.valueOf(this.today.getYear()))
				.param("appraisalRuleSetId", String.valueOf(this.ruleSets.defaultFor(RubricCode.APPRAISAL).id()))
				.param("levelRuleSetId", String.valueOf(this.ruleSets.defaultFor(RubricCode.LEVEL).id()))
				.param("selfDeadline", this.today.plusDays(10).toString())
				.param("districtDeadline", this.today.plusDays(20).toString())
				.param("centerDeadline", this.today.plusDays(30).toString())
				.param("consolidationMethod", "MEAN"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		long id = this.rounds.list().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/rounds/" + id);
		this.mvc.perform(get("/rounds").with(Users.bureau())).andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/rounds/" + id).with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"participant-table\""),
					containsString("id=\"launch-form\""), containsString("参评 "))));
	}

	@Test
	void anInstitutionRegisteredInTheRoundsYearIsExcludedByDefaultAndIncludedOnlyWithAReason() throws Exception {
		long roundId = this.fixture.createRound(RoundFixture.uniqueName("第八条"));
		EvaluationRounds.ParticipantView newcomer = this.rounds.view(roundId)
			.participants()
			.stream()
			.filter(p -> p.registeredOn().getYear() == this.today.getYear() && "正常".equals(p.status()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo data registers some institutions this year"));
		assertThat(newcomer.included()).isFalse();
		assertThat(newcomer.defaultIncluded()).isFalse();
		assertThat(newcomer.reason()).contains("第八条");
		this.mvc.perform(get("/rounds/" + roundId).with(Users.center()))
			.andExpect(content().string(containsString("第八条：当年备案新设的鉴定评价机构原则上不参加评估")));

		String path = "/rounds/" + roundId + "/participants/" + newcomer.institutionId();
		MvcResult refused = this.mvc.perform(post(path).with(Users.center()).with(csrf()).param("include", "true"))
			.andExpect(redirectedUrl("/rounds/" + roundId))
			.andExpect(flash().attribute("error", "纳入按默认规则不参加评估的机构，须填写理由"))
			.andReturn();
		assertThat(participant(roundId, newcomer.institutionId()).included()).isFalse();
		this.mvc.perform(get("/rounds/" + roundId).with(Users.center())
			// the flash lives in the shared (JDBC) session, reached by its cookie as a
			// browser would
			.cookie(refused.getResponse().getCookies()))
			.andExpect(
					content().string(allOf(containsString("id=\"participant-error-" + newcomer.institutionId() + "\""),
							containsString("纳入按默认规则不参加评估的机构，须填写理由"))));

		this.mvc
			.perform(post(path).with(Users.center())
				.with(csrf())
				.param("include", "true")
				.param("reason", "原机构整体变更登记，实际运行已满三年"))
			.andExpect(redirectedUrl("/rounds/" + roundId))
			.andExpect(flash().attribute("message", "已纳入评估名单"));
		EvaluationRounds.ParticipantView included = participant(roundId, newcomer.institutionId());
		assertThat(included.included()).isTrue();
		assertThat(included.reason()).isEqualTo("原机构整体变更登记，实际运行已满三年");
	}

	@Test
	void launchingCreatesOneCasePerParticipantAndListsThem() throws Exception {
		long roundId = this.fixture.createRound(RoundFixture.uniqueName("启动"));
		EvaluationRounds.RoundView round = this.rounds.view(roundId);
		long included = round.participants().stream().filter(EvaluationRounds.ParticipantView::included).count();
		this.mvc.perform(get("/rounds/" + roundId).with(Users.center()))
			.andExpect(content().string(containsString("启动后将为 " + included + " 个机构创建评估任务，名单不可再调整。确定启动吗？")));

		this.mvc
			.perform(post("/rounds/" + roundId + "/launch").with(Users.center())
				.with(csrf())
				.param("version", String.valueOf(round.version())))
			.andExpect(redirectedUrl("/rounds/" + roundId))
			.andExpect(flash().attribute("message", "评估批次已启动，已为 " + included + " 个机构创建评估任务"));

		List<CaseViews.CaseSummary> launched = this.fixture.cases(roundId);
		assertThat(launched).hasSize((int) included).allMatch(c -> c.stage() == CaseStage.SELF_ASSESSMENT);
		CaseViews.CaseSummary first = launched.get(0);
		this.mvc.perform(get("/rounds/" + roundId).with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"case-table\""), containsString("href=\"/cases/" + first.id() + "\""),
						containsString("id=\"stage-count-SELF_ASSESSMENT\">机构自评 " + included + "<"),
						not(containsString("id=\"launch-form\"")))));

		// the institution finds its self-assessment on its home page
		this.mvc.perform(get("/home/institution").with(Users.institution(first.institutionId())))
			.andExpect(content().string(allOf(containsString("id=\"todo-list\""),
					containsString("id=\"todo-" + first.id() + "\""), containsString("填写并提交自评"))));

		// a stale version is refused: the round is launched only once
		this.mvc
			.perform(post("/rounds/" + roundId + "/launch").with(Users.center())
				.with(csrf())
				.param("version", String.valueOf(round.version())))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyTheCenterAndTheBureauReachRoundsAndExperts() throws Exception {
		for (var user : List.of(Users.district("500112"), Users.institution(1), Users.expert(),
				Users.as(Users.user(Role.SYSADMIN, null, null)))) {
			this.mvc.perform(get("/rounds").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/rounds/new").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(get("/experts").with(user)).andExpect(status().isForbidden());
			this.mvc.perform(post("/rounds/new").with(user).with(csrf()).param("name", "越权"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/rounds").with(Users.center())).andExpect(status().isOk());
		this.mvc.perform(get("/experts").with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"expert-form\""))));
		this.mvc.perform(post("/experts").with(Users.bureau()).with(csrf()).param("username", "x").param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theCenterGoesOnWithoutAnOverdueSelfAssessment() throws Exception {
		long roundId = this.fixture.launch(this.fixture.createRound(RoundFixture.uniqueName("逾期"), this.today.getYear(),
				this.today.minusDays(3), this.today.minusDays(2), this.today.minusDays(1)));
		CaseViews.CaseSummary c = this.fixture.directCase(roundId, 0);
		assertThat(c.overdue()).isTrue();
		this.mvc.perform(get("/cases/" + c.id() + "/panel").with(Users.center()))
			.andExpect(content()
				.string(allOf(containsString("id=\"proceed-without-self\""), containsString("逾期未自评，继续评估"))));
		this.mvc.perform(post("/cases/" + c.id() + "/proceed-without-self").with(Users.center()).with(csrf()))
			.andExpect(redirectedUrl("/cases/" + c.id() + "/panel"));
		CaseViews.CaseSummary after = this.fixture.summary(c.id());
		assertThat(after.stage()).isEqualTo(CaseStage.CENTER_EVALUATION);
		assertThat(after.selfSkipped()).isTrue();
	}

	private EvaluationRounds.ParticipantView participant(long roundId, long institutionId) {
		return this.rounds.view(roundId)
			.participants()
			.stream()
			.filter(p -> p.institutionId() == institutionId)
			.findFirst()
			.orElseThrow();
	}

}
