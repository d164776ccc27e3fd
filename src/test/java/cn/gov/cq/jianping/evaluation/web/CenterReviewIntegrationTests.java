package cn.gov.cq.jianping.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.RoundFixture;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

/**
 * 第十一条: the lead's initial grade goes to the center, which reviews the panel's result and
 * reports it to the bureau or returns it to the panel; 组长合议 scores outside the experts'
 * range need a reason and are flagged for the center and the bureau.
 */
@IntegrationTest
class CenterReviewIntegrationTests {

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
	void theLeadsInitialGradeGoesToTheCenterWhichReportsItToTheBureau() throws Exception {
		long roundId = this.fixture.launchedRound(RoundFixture.uniqueName("中心审核"));
		CaseViews.CaseSummary c = this.fixture.directCase(roundId, 0);
		this.fixture.toCenterReview(c.id());
		String reviewPath = "/cases/" + c.id() + "/center-review";
		assertThat(this.fixture.summary(c.id()).stage()).isEqualTo(CaseStage.CENTER_REVIEW);

		// a to-do of the center (the home page shows the first 20; the shared database
		// holds many) and a button on the case page lead to the review page
		assertThat(this.queries.todos(RoundFixture.center()))
			.anyMatch(t -> t.caseId() == c.id() && t.task().equals(CaseQueries.CENTER_REVIEW_TASK));
		this.mvc.perform(get("/cases/" + c.id()).with(Users.center()))
			.andExpect(content().string(allOf(containsString("id=\"action-center-review\""),
					containsString("href=\"" + reviewPath + "\""))));
		this.mvc.perform(get(reviewPath).with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"center-report-form\""), containsString("id=\"center-return-form\""),
						containsString("id=\"center-disagreement\""), containsString("id=\"center-sheets\""),
						containsString("id=\"daily-record\""), containsString("中心审核"))));
		// the bureau sees nothing to approve yet and cannot act for the center
		this.mvc.perform(get("/rounds/" + roundId + "/review").with(Users.bureau()))
			.andExpect(content().string(not(containsString("id=\"approve-" + c.id() + "\""))));
		this.mvc.perform(post("/cases/" + c.id() + "/approve").with(Users.bureau()).with(csrf()))
			.andExpect(flash().attribute("error", containsString("中心审核")));
		List<Supplier<MockHttpServletRequestBuilder>> centerOnly = List.of(() -> post(reviewPath + "/report"),
				() -> post(reviewPath + "/return").param("reason", "试图退回"), () -> get(reviewPath));
		for (Supplier<MockHttpServletRequestBuilder> refused : centerOnly) {
			for (RequestPostProcessor other : List.of(Users.bureau(), Users.as(Users.expertNamed("expert1")),
					Users.institution(c.institutionId()), Users.district("500112"))) {
				this.mvc.perform(refused.get().with(other).with(csrf())).andExpect(status().isForbidden());
			}
		}
		assertThat(this.fixture.summary(c.id()).stage()).isEqualTo(CaseStage.CENTER_REVIEW);

		this.mvc.perform(post(reviewPath + "/report").with(Users.center()).with(csrf()).param("opinion", "评估程序规范，同意报送"))
			.andExpect(redirectedUrl("/cases/" + c.id()))
			.andExpect(flash().attribute("message", "评估结果和初定等级已报送市人力社保局审核"));
		CaseViews.CaseDetail atBureau = this.queries.detail(RoundFixture.bureau(), c.id());
		assertThat(atBureau.summary().stage()).isEqualTo(CaseStage.BUREAU_REVIEW);
		assertThat(atBureau.timeline()).extracting(CaseViews.TimelineEntry::action)
			.containsSubsequence("专家组提交初定等级", "中心报送市局审核");
		assertThat(atBureau.timeline()).filteredOn(e -> e.action().equals("中心报送市局审核")).singleElement().satisfies(e -> {
			assertThat(e.from()).isEqualTo(CaseStage.CENTER_REVIEW);
			assertThat(e.to()).isEqualTo(CaseStage.BUREAU_REVIEW);
			assertThat(e.detail()).contains("第十一条", "评估程序规范，同意报送");
		});
		this.mvc.perform(get("/rounds/" + roundId + "/review").with(Users.bureau()))
			.andExpect(content().string(containsString("id=\"approve-" + c.id() + "\"")));
		// reported once: the center cannot report again
		this.mvc.perform(post(reviewPath + "/report").with(Users.center()).with(csrf()))
			.andExpect(redirectedUrl(reviewPath))
			.andExpect(flash().attribute("error", containsString("市局审核")));
	}

	@Test
	void aCenterReturnGoesBackToThePanelWithItsReason() throws Exception {
		long roundId = this.fixture.launchedRound(RoundFixture.uniqueName("中心退回"));
		CaseViews.CaseSummary c = this.fixture.directCase(roundId, 0);
		this.fixture.toCenterReview(c.id());
		String reviewPath = "/cases/" + c.id() + "/center-review";

		// no reason: refused beside the field, nothing moves
		this.mvc.perform(post(reviewPath + "/return").with(Users.center()).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"center-return-error\""), containsString("退回须填写原因"))));
		assertThat(this.fixture.summary(c.id()).stage()).isEqualTo(CaseStage.CENTER_REVIEW);

		this.mvc
			.perform(post(reviewPath + "/return").with(Users.center())
				.with(csrf())
				.param("reason", "L-05 项专家评分差异较大，请专家组复核后重新汇总"))
			.andExpect(redirectedUrl("/cases/" + c.id()));
		CaseViews.CaseDetail back = this.queries.detail(RoundFixture.center(), c.id());
		assertThat(back.summary().stage()).isEqualTo(CaseStage.CENTER_EVALUATION);
		assertThat(back.timeline()).filteredOn(e -> e.action().equals("中心退回专家组")).singleElement().satisfies(e -> {
			assertThat(e.from()).isEqualTo(CaseStage.CENTER_REVIEW);
			assertThat(e.to()).isEqualTo(CaseStage.CENTER_EVALUATION);
			assertThat(e.detail()).isEqualTo("L-05 项专家评分差异较大，请专家组复核后重新汇总");
		});
		// the lead consolidates again and the case comes back to the center
		this.mvc.perform(get("/home/expert").with(Users.as(Users.expertNamed("expert1"))))
			.andExpect(content().string(containsString("汇总专家评分并提交初定等级")));
		this.journey.of(c.id()).initialGrade(RoundFixture.EXPERTS.get(0), Map.of(), "已复核，重新汇总");
		assertThat(this.fixture.summary(c.id()).stage()).isEqualTo(CaseStage.CENTER_REVIEW);
	}

	@Test
	void aConsensusOutsideTheExpertsRangeNeedsAReasonAndIsFlaggedForCenterAndBureau() throws Exception {
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		long roundId = this.rounds.create(RoundFixture.center(),
				new EvaluationRounds.RoundForm(RoundFixture.uniqueName("组长合议"), today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusMonths(1), today.plusMonths(2),
						today.plusMonths(3), ConsolidationMethod.LEAD_CONSENSUS));
		this.fixture.launch(roundId);
		CaseViews.CaseSummary c = this.fixture.directCase(roundId, 0);
		this.fixture.toCenterEvaluation(c.id());
		this.fixture.formPanel(c.id());
		RuleSet rules = this.fixture.ruleSetOf(c.id());
		this.journey.of(c.id()).scored(RoundFixture.EXPERTS, RoundFixture.fullSheet(rules));
		String lowered = rules.rules().get(0).criterionCode();
		MockHttpServletRequestBuilder submit = consensus(c.id(), rules, lowered);

		// every expert gave full marks: 0 lies outside their range and needs a reason
		this.mvc.perform(submit)
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"reason-error-" + lowered + "\""), containsString("未提交"))));
		assertThat(this.fixture.summary(c.id()).stage()).isEqualTo(CaseStage.CENTER_EVALUATION);

		this.mvc.perform(submit.param("reasons[" + lowered + "]", "现场复核台账后一致认定未落实"))
			.andExpect(redirectedUrl("/cases/" + c.id()));
		assertThat(this.fixture.summary(c.id()).stage()).isEqualTo(CaseStage.CENTER_REVIEW);

		this.mvc.perform(get("/cases/" + c.id() + "/center-review").with(Users.center()))
			.andExpect(content().string(allOf(containsString("id=\"center-deviation-count\">1 条"),
					containsString("现场复核台账后一致认定未落实"), containsString("超出范围"))));
		this.journey.of(c.id()).reportedToBureau();
		String points = new Formats().num(rules.rules().get(0).points());
		this.mvc.perform(get("/rounds/" + roundId + "/review").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("id=\"deviation-" + c.id() + "-" + lowered + "\""),
					containsString("组长合议超出专家评分范围"), containsString(points + "–" + points),
					containsString("现场复核台账后一致认定未落实"))));
		// a case consolidated within the range is not flagged
		CaseViews.CaseSummary other = this.fixture.directCase(roundId, 1);
		this.fixture.toCenterEvaluation(other.id());
		this.fixture.formPanel(other.id());
		RuleSet otherRules = this.fixture.ruleSetOf(other.id());
		this.journey.of(other.id()).scored(RoundFixture.EXPERTS, RoundFixture.fullSheet(otherRules));
		this.mvc.perform(consensus(other.id(), otherRules, null)).andExpect(redirectedUrl("/cases/" + other.id()));
		this.journey.of(other.id()).reportedToBureau();
		this.mvc.perform(get("/rounds/" + roundId + "/review").with(Users.bureau()))
			.andExpect(content().string(allOf(containsString("id=\"review-" + other.id() + "\""),
					not(containsString("id=\"deviations-" + other.id() + "\"")))));
	}

	/** The lead's 组长合议 with full marks everywhere, except 0 for {@code lowered}. */
	private static MockHttpServletRequestBuilder consensus(long caseId, RuleSet rules, String lowered) {
		MockHttpServletRequestBuilder submit = post("/cases/" + caseId + "/consolidate/submit")
			.with(Users.as(Users.expertNamed("expert1")))
			.with(csrf())
			.param("opinion", "组长合议");
		for (CriterionRule rule : rules.rules()) {
			submit.param("consensus[" + rule.criterionCode() + "]",
					rule.criterionCode().equals(lowered) ? "0" : rule.points().toPlainString());
		}
		return submit;
	}

}
