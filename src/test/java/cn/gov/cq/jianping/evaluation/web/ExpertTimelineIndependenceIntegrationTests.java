package cn.gov.cq.jianping.evaluation.web;

import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.Panels;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.support.IntegrationTest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case timeline keeps experts independent, as the sheets do: "专家评分暂存 … 合计 … 分" and
 * "提交专家评分 合计 … 分" of another expert are shown without the total until the viewer has
 * submitted their own sheet.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpertTimelineIndependenceIntegrationTests {

	@Autowired
	CaseQueries queries;

	@Autowired
	ExpertPool pool;

	@Autowired
	EvaluationJourney journey;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	Panels panels;

	long caseId;

	@BeforeAll
	void twoExpertsOneSubmitted() {
		CaseFixture fixture = new CaseFixture(this.queries, this.pool, this.journey, this.rounds, this.registry,
				this.ruleSets);
		long institution = fixture.institution("时间线独立", InstitutionType.APPRAISAL, null);
		fixture.launchRound();
		this.caseId = fixture.caseOf(institution);
		List<Long> experts = fixture.experts("expert1", "expert2", "expert3");
		fixture.submitSelf(this.caseId, institution);
		this.panels.formPanel(CaseFixture.CENTER, this.caseId, experts, experts.get(1), LocalDate.now());
		fixture.expertScores(this.caseId, "expert2", "专家二时间线记录", true);
		fixture.expertScores(this.caseId, "expert3", "专家三时间线草稿", false);
	}

	@Test
	void anExpertSeesNoOtherExpertsTotalOnTheTimelineBeforeSubmitting() {
		List<CaseViews.TimelineEntry> timeline = this.queries.detail(CaseFixture.expert("expert3"), this.caseId)
			.timeline();
		assertThat(scoreEntriesOf(timeline, "expert2")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.detail()).doesNotContain("合计"));
		assertThat(scoreEntriesOf(timeline, "expert3")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.detail()).contains("合计"));
	}

	@Test
	void anExpertWhoSubmittedSeesOtherSubmittedTotalsButNotOtherDrafts() {
		List<CaseViews.TimelineEntry> timeline = this.queries.detail(CaseFixture.expert("expert2"), this.caseId)
			.timeline();
		assertThat(scoreEntriesOf(timeline, "expert2")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.detail()).contains("合计"));
		assertThat(scoreEntriesOf(timeline, "expert3")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.detail()).doesNotContain("合计"));
	}

	@Test
	void theCenterSeesEveryExpertsTotal() {
		List<CaseViews.TimelineEntry> timeline = this.queries.detail(CaseFixture.CENTER, this.caseId).timeline();
		assertThat(scoreEntriesOf(timeline, "expert2")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.detail()).contains("合计"));
		assertThat(scoreEntriesOf(timeline, "expert3")).isNotEmpty()
			.allSatisfy(e -> assertThat(e.detail()).contains("合计"));
	}

	private static List<CaseViews.TimelineEntry> scoreEntriesOf(List<CaseViews.TimelineEntry> timeline, String expert) {
		return timeline.stream()
			.filter(e -> expert.equals(e.actor()))
			.filter(e -> e.action().equals("专家评分暂存") || e.action().equals("提交专家评分"))
			.toList();
	}

}
