package cn.gov.cq.jianping.evaluation.web;

import java.util.List;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.RoundFixture;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The center forms a panel (第十一条); the bureau reviews and approves the initial grades.
 */
@IntegrationTest
class PanelAndReviewIntegrationTests {

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

	@BeforeEach
	void setUp() {
		this.fixture = new RoundFixture(this.rounds, this.queries, this.pool, this.journey, this.ruleSets);
	}

	@Test
	void aPanelNeedsThreeExpertsWithoutConflicts() throws Exception {
		long roundId = this.fixture.launchedRound(RoundFixture.uniqueName("专家组"));
		CaseViews.CaseSummary c = this.fixture.directCase(roundId, 0);
		this.fixture.toCenterEvaluation(c.id());
		List<Long> experts = this.fixture.expertIds();
		String panelPath = "/cases/" + c.id() + "/panel";

		this.mvc
			.perform(post(panelPath).with(Users.center())
				.with(csrf())
				.param("expertIds", experts.get(0).toString(), experts.get(1).toString())
				.param("leadId", experts.get(0).toString())
				.param("visitDate", "2030-05-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"panel-error\""), containsString("专家组至少需要 3 名专家"),
					containsString("value=\"2030-05-20\""))));
		assertThat(this.queries.detail(RoundFixture.center(), c.id()).panel()).isEmpty();

		// an expert with a declared conflict, through the expert pool page
		String username = RoundFixture.uniqueName("conflict");
		this.mvc
			.perform(post("/experts").with(Users.center())
				.with(csrf())
				.param("username", username)
				.param("name", "赵利益")
				.param("speciality", "焊工")
				.param("employer", "某职业学院"))
			.andExpect(redirectedUrl("/experts"));
		long conflicted = this.fixture.expertId(username);
		this.mvc
			.perform(post("/experts/" + conflicted + "/conflicts").with(Users.center())
				.with(csrf())
				.param("institutionId", String.valueOf(c.institutionId())))
			.andExpect(flash().attribute("error", "请填写利益冲突情形（如任职单位、近期为其工作）"));
		this.mvc
			.perform(post("/experts/" + conflicted + "/conflicts").with(Users.center())
				.with(csrf())
				.param("institutionId", String.valueOf(c.institutionId()))
				.param("reason", "近两年为该机构兼职考评员"))
			.andExpect(redirectedUrl("/experts#expert-" + conflicted));
		this.mvc.perform(get("/experts").with(Users.center()))
			.andExpect(content().string(allOf(containsString(username), containsString("近两年为该机构兼职考评员"),
					containsString(c.institutionName()))));

		this.mvc.perform(get(panelPath).with(Users.center()))
			.andExpect(content().string(allOf(matchesPattern(
					"(?s).*<input type=\"checkbox\"[^>]*value=\"" + conflicted + "\"[^>]*disabled=\"disabled\".*"),
					containsString("近两年为该机构兼职考评员"))));

		this.mvc
			.perform(post(panelPath).with(Users.center())
				.with(csrf())
				.param("expertIds", experts.get(0).toString(), experts.get(1).toString(), String.valueOf(conflicted))
				.param("leadId", experts.get(0).toString())
				.param("visitDate", "2030-05-20"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("与该机构存在利益冲突"), containsString("赵利益"))));
		assertThat(this.queries.detail(RoundFixture.center(), c.id()).panel()).isEmpty();

		this.mvc
			.perform(post(panelPath).with(Users.center())
				.with(csrf())
				.param("expertIds", experts.stream().map(String::valueOf).toArray(String[]::new))
				.param("leadId", experts.get(1).toString())
				.param("visitDate", "2030-05-20"))
			.andExpect(redirectedUrl(panelPath));
		CaseViews.CaseDetail detail = this.queries.detail(RoundFixture.center(), c.id());
		assertThat(detail.panel()).extracting(CaseViews.MemberView::expertId)
			.containsExactlyInAnyOrderElementsOf(experts);
		assertThat(detail.panel()).filteredOn(CaseViews.MemberView::lead)
			.extracting(CaseViews.MemberView::expertId)
			.containsExactly(experts.get(1));

		// the expert is asked to sign the declaration first
		this.mvc.perform(get("/home/expert").with(Users.as(RoundFixture.expert("expert1"))))
			.andExpect(content().string(allOf(containsString("id=\"todo-" + c.id() + "\""),
					containsString("href=\"/cases/" + c.id() + "/declaration\""))));

		// only the center forms panels
		this.mvc.perform(get(panelPath).with(Users.bureau())).andExpect(status().isForbidden());
	}

	@Test
	void theBureauApprovesOneCaseThenABatchAndSeesTheLargeGap() throws Exception {
		long roundId = this.fixture.launchedRound(RoundFixture.uniqueName("市局审核"));
		CaseViews.CaseSummary a = this.fixture.directCase(roundId, 0);
		CaseViews.CaseSummary b = this.fixture.directCase(roundId, 1);
		CaseViews.CaseSummary gap = this.fixture.directCase(roundId, 2);
		this.fixture.toBureauReview(a.id());
		this.fixture.toBureauReview(b.id());
		this.fixture.toBureauReviewWithGap(gap.id());
		String reviewPath = "/rounds/" + roundId + "/review";

		this.mvc.perform(get("/home/bureau").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("id=\"todo-list\""), containsString("审核初定等级"),
					containsString("href=\"/rounds\""))));

		this.mvc.perform(get(reviewPath).with(Users.bureau()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					matchesPattern("(?s).*<tr id=\"review-" + gap.id() + "\" class=\"jp-gap-warning[^\"]*\">.*"),
					containsString("id=\"gap-" + gap.id() + "\""), not(containsString("id=\"gap-" + a.id() + "\"")),
					containsString("id=\"approve-" + a.id() + "\""), containsString("id=\"batch-approve-form\""))));
		// the center may look, not decide
		this.mvc.perform(get(reviewPath).with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"review-readonly\""),
					not(containsString("id=\"approve-" + a.id() + "\"")))));
		this.mvc.perform(post("/cases/" + a.id() + "/approve").with(Users.center()).with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc.perform(post("/cases/" + a.id() + "/approve").with(Users.bureau()).with(csrf()))
			.andExpect(redirectedUrl(reviewPath + "#review-" + a.id()))
			.andExpect(flash().attribute("message", "“" + a.institutionName() + "”审核通过"));
		assertThat(this.fixture.summary(a.id()).stage()).isEqualTo(CaseStage.APPROVED);

		// a batch with an approved case in it changes nothing
		this.mvc
			.perform(post(reviewPath + "/approve").with(Users.bureau())
				.with(csrf())
				.param("caseIds", String.valueOf(b.id()), String.valueOf(a.id())))
			.andExpect(redirectedUrl(reviewPath))
			.andExpect(flash().attribute("error", containsString("不能审核通过")));
		assertThat(this.fixture.summary(b.id()).stage()).isEqualTo(CaseStage.BUREAU_REVIEW);

		this.mvc
			.perform(post(reviewPath + "/approve").with(Users.bureau())
				.with(csrf())
				.param("caseIds", String.valueOf(b.id()), String.valueOf(gap.id())))
			.andExpect(redirectedUrl(reviewPath))
			.andExpect(flash().attribute("message", "已审核通过 2 个机构的初定等级"));
		assertThat(this.fixture.summary(b.id()).stage()).isEqualTo(CaseStage.APPROVED);
		assertThat(this.fixture.summary(gap.id()).stage()).isEqualTo(CaseStage.APPROVED);

		this.mvc.perform(get(reviewPath).with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("id=\"approved-" + a.id() + "\""),
					not(containsString("id=\"approve-" + a.id() + "\"")))));
	}

	@Test
	void returningNeedsAReasonAndReopeningVoidsTheApproval() throws Exception {
		long roundId = this.fixture.launchedRound(RoundFixture.uniqueName("退回与重新评估"));
		CaseViews.CaseSummary c = this.fixture.directCase(roundId, 0);
		this.fixture.toBureauReview(c.id());

		this.mvc.perform(post("/cases/" + c.id() + "/return").with(Users.bureau()).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("error", "退回须填写原因"));
		assertThat(this.fixture.summary(c.id()).stage()).isEqualTo(CaseStage.BUREAU_REVIEW);

		this.mvc.perform(post("/cases/" + c.id() + "/approve").with(Users.bureau()).with(csrf()));
		this.mvc.perform(get("/cases/" + c.id() + "/panel").with(Users.center()))
			.andExpect(content().string(allOf(containsString("id=\"reopen-form\""), containsString("重新评估将使原审核结论作废"))));
		this.mvc.perform(post("/cases/" + c.id() + "/reopen").with(Users.center()).with(csrf()))
			.andExpect(flash().attribute("error", "重新评估须填写原因"));
		this.mvc.perform(
				post("/cases/" + c.id() + "/reopen").with(Users.center()).with(csrf()).param("reason", "公示期内异议经复核成立"))
			.andExpect(redirectedUrl("/cases/" + c.id() + "/panel"));
		CaseViews.CaseSummary after = this.fixture.summary(c.id());
		assertThat(after.stage()).isEqualTo(CaseStage.CENTER_EVALUATION);
		assertThat(after.approvedGrade()).isNull();
	}

}
