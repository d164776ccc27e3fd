package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.EvaluationUsers;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A whole round against PostgreSQL: launch, self-assessment, a district return and
 * resubmission, a three-expert panel, consolidation with a veto, the center's report and
 * the bureau's approval.
 */
@IntegrationTest
class ReviewChainIT {

	static final String YUBEI = "500112";

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	CaseQueries queries;

	@Autowired
	SheetDrafts drafts;

	@Autowired
	SelfAssessments selfAssessments;

	@Autowired
	DistrictReviews districtReviews;

	@Autowired
	ExpertPool pool;

	@Autowired
	Panels panels;

	@Autowired
	OnSiteScoring onSite;

	@Autowired
	BureauApprovals approvals;

	@Autowired
	CenterReviews centerReviews;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	MutableClock clock;

	private final CurrentUser bureau = EvaluationUsers.account("bureau", "市局", Role.BUREAU, null, null);

	private final CurrentUser center = EvaluationUsers.account("center", "中心", Role.CENTER, null, null);

	private final CurrentUser district = EvaluationUsers.district("district", "渝北区", YUBEI);

	static CurrentUser expert(String username) {
		return EvaluationUsers.expert(username);
	}

	static CurrentUser institutionUser(long id) {
		return EvaluationUsers.institution("inst-" + id, id);
	}

	private long institution(String name, LocalDate registeredOn) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52500112MK" + serial;
		return this.registry.create(this.center,
				new InstitutionForm(name, first17 + CreditCode.checkCharacter(first17), InstitutionType.LEVEL, YUBEI,
						"链测备〔" + registeredOn.getYear() + "〕" + serial + "号", registeredOn, registeredOn.plusYears(3),
						"电工（四级）", "渝北区测试路", "测试", "13800001111", null));
	}

	static SheetInput fullMarks(RuleSet ruleSet, BigDecimal minus) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		BigDecimal left = minus;
		for (CriterionRule rule : ruleSet.rules()) {
			BigDecimal points = rule.points();
			BigDecimal taken = left.min(points);
			left = left.subtract(taken);
			inputs.put(rule.criterionCode(), switch (rule.type()) {
				case SCALE -> CriterionInput.value(points.subtract(taken));
				case ALL_OR_NOTHING -> CriterionInput.met(true);
				case DEDUCTION_PER_OCCURRENCE, NO_VERIFIED_RECORDS -> CriterionInput.count(0);
				case RATIO_AT_MOST -> CriterionInput.ratio(0, 10);
				case COMPLETION_RATIO -> CriterionInput.ratio(10, 10);
			});
		}
		return new SheetInput(inputs, Map.of(), Map.of(), null, null);
	}

	static SheetInput itemMarks(RuleSet ruleSet, String opinion) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		for (ItemDefinition item : ruleSet.rubric().items()) {
			inputs.put(item.code(), CriterionInput.value(item.points()));
			notes.put(item.code(), "符合要求");
		}
		return new SheetInput(inputs, notes, Map.of(), opinion, null);
	}

	private long expertId(String username) {
		return this.pool.expertPool()
			.stream()
			.filter(e -> e.username().equals(username))
			.findFirst()
			.map(ExpertPool.ExpertView::id)
			.orElseGet(() -> this.pool.addExpert(this.center, username, "专家" + username, "职业技能评价", "某高校"));
	}

	private long sheetVersion(CurrentUser user, long caseId, SheetKind kind) {
		return this.queries.detail(user, caseId)
			.sheets()
			.stream()
			.filter(s -> s.kind() == kind && (kind != SheetKind.EXPERT || s.author().equals(user.getUsername())))
			.findFirst()
			.orElseThrow()
			.version();
	}

	@Test
	void aWholeRoundRunsFromLaunchToApprovalAndTheTimelineHoldsEveryStep() {
		int year = LocalDate.now(this.clock).getYear();
		long ours = institution("链路测试评价中心" + System.nanoTime() % 100000, LocalDate.of(year - 2, 5, 1));
		long newcomer = institution("当年新设评价中心" + System.nanoTime() % 100000, LocalDate.of(year, 2, 1));
		LocalDate today = LocalDate.now(this.clock);
		long roundId = this.rounds.create(this.bureau,
				new EvaluationRounds.RoundForm("全链路测试批次" + System.nanoTime(), year,
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusDays(10), today.plusDays(20),
						today.plusDays(40), ConsolidationMethod.MEAN));

		var participants = this.rounds.view(roundId).participants();
		assertThat(participants).filteredOn(p -> p.institutionId() == newcomer).singleElement().satisfies(p -> {
			assertThat(p.included()).isFalse();
			assertThat(p.reason()).contains("第八条");
		});
		assertThat(participants).filteredOn(p -> p.institutionId() == ours)
			.singleElement()
			.satisfies(p -> assertThat(p.included()).isTrue());

		int created = this.rounds.launch(this.center, roundId, null);
		assertThat(created)
			.isEqualTo((int) participants.stream().filter(EvaluationRounds.ParticipantView::included).count());
		List<CaseViews.CaseSummary> roundCases = this.queries.casesOfRound(this.center, roundId);
		assertThat(roundCases).noneMatch(c -> c.institutionId() == newcomer);
		long caseId = roundCases.stream().filter(c -> c.institutionId() == ours).findFirst().orElseThrow().id();

		// 自评 (第九条)
		CurrentUser institution = institutionUser(ours);
		assertThat(this.queries.todos(institution)).anyMatch(t -> t.caseId() == caseId && t.task().contains("自评"));
		RuleSet ruleSet = this.queries.detail(institution, caseId).ruleSet();
		this.drafts.saveSheet(institution, caseId, SheetKind.SELF, fullMarks(ruleSet, BigDecimal.ZERO));
		this.selfAssessments.submitSelfAssessment(institution, caseId,
				sheetVersion(institution, caseId, SheetKind.SELF));
		assertThat(this.queries.detail(institution, caseId).summary().stage()).isEqualTo(CaseStage.DISTRICT_REVIEW);
		assertThatThrownBy(
				() -> this.drafts.saveSheet(institution, caseId, SheetKind.SELF, fullMarks(ruleSet, BigDecimal.ONE)))
			.isInstanceOf(IllegalTransitionException.class);

		// 区县初评 (第十条): returned once, resubmitted, forwarded
		assertThat(this.queries.todos(this.district)).anyMatch(t -> t.caseId() == caseId);
		this.districtReviews.returnToInstitution(this.district, caseId, "安全管理台账未上传");
		assertThat(this.queries.detail(institution, caseId).summary().stage()).isEqualTo(CaseStage.SELF_ASSESSMENT);
		this.drafts.saveSheet(institution, caseId, SheetKind.SELF, withVersion(fullMarks(ruleSet, new BigDecimal("2")),
				sheetVersion(institution, caseId, SheetKind.SELF)));
		this.selfAssessments.submitSelfAssessment(institution, caseId,
				sheetVersion(institution, caseId, SheetKind.SELF));
		this.drafts.saveSheet(this.district, caseId, SheetKind.DISTRICT, itemMarks(ruleSet, "同意报送"));
		this.districtReviews.forwardToCenter(this.district, caseId);
		assertThat(this.queries.detail(this.center, caseId).summary().stage()).isEqualTo(CaseStage.CENTER_EVALUATION);

		// 综合评估 (第十一条): three experts, one lead
		long e1 = expertId("expert1");
		long e2 = expertId("expert2");
		long e3 = expertId("expert3");
		this.panels.formPanel(this.center, caseId, List.of(e1, e2, e3), e1, LocalDate.now(this.clock));
		BigDecimal[] deficits = { new BigDecimal("4"), new BigDecimal("6"), new BigDecimal("8") };
		String[] experts = { "expert1", "expert2", "expert3" };
		for (int i = 0; i < 3; i++) {
			CurrentUser expert = expert(experts[i]);
			this.panels.declareNoConflict(expert, caseId);
			this.drafts.saveSheet(expert, caseId, SheetKind.EXPERT, fullMarks(ruleSet, deficits[i]));
			this.onSite.submitExpertSheet(expert, caseId, sheetVersion(expert, caseId, SheetKind.EXPERT));
		}
		CaseViews.Consolidation preview = this.onSite.consolidate(expert("expert1"), caseId, List.of(), Map.of());
		// Issue 10: the panel keeps exact means, so the panel total is the mean of the
		// expert totals
		// (96, 94, 92 → 94), no longer 93.96 after rounding each criterion down first.
		assertThat(preview.result().total()).isEqualByComparingTo("94");
		assertThat(preview.experts()).isEqualTo(3);
		assertThatThrownBy(() -> this.onSite.submitInitialGrade(expert("expert2"), caseId, Map.of(), Map.of(), "意见"))
			.hasMessageContaining("组长");
		this.onSite.submitInitialGrade(expert("expert1"), caseId,
				Map.of("L-V05", new SheetInput.VetoInput(VetoSeverity.BASIC, "现场发现考务记录不全")), Map.of(),
				"总体规范，但存在否定评判情形");
		// 第十一条: the center reviews the panel's result and reports it to the bureau
		assertThat(this.queries.detail(this.center, caseId).summary().stage()).isEqualTo(CaseStage.CENTER_REVIEW);
		this.centerReviews.reportToBureau(this.center, caseId, "评估程序规范，同意报送");
		CaseViews.CaseDetail atBureau = this.queries.detail(this.bureau, caseId);
		assertThat(atBureau.summary().stage()).isEqualTo(CaseStage.BUREAU_REVIEW);
		assertThat(atBureau.summary().initialTotal()).isEqualByComparingTo("94");
		assertThat(atBureau.summary().initialGrade()).isEqualTo(Grade.BASIC);

		// 市局审核
		var row = this.approvals.review(this.bureau, roundId)
			.stream()
			.filter(r -> r.caseId() == caseId)
			.findFirst()
			.orElseThrow();
		assertThat(row.selfTotal()).isEqualByComparingTo("98");
		assertThat(row.districtTotal()).isEqualByComparingTo("100");
		assertThat(row.panelTotal()).isEqualByComparingTo("94");
		assertThat(row.vetoes()).extracting(CaseViews.VetoView::code).containsExactly("L-V05");
		this.approvals.approve(this.bureau, caseId);
		CaseViews.CaseDetail approved = this.queries.detail(this.bureau, caseId);
		assertThat(approved.summary().stage()).isEqualTo(CaseStage.APPROVED);
		assertThat(approved.summary().approvedGrade()).isEqualTo(Grade.BASIC);
		assertThat(approved.approvedTotal()).isEqualByComparingTo("94");
		assertThat(approved.approvedBy()).isEqualTo("bureau");

		assertThat(approved.timeline()).extracting(CaseViews.TimelineEntry::action)
			.containsSubsequence("评估批次启动", "机构自评暂存", "提交自评", "区县退回自评", "机构自评暂存", "提交自评", "区县初评暂存", "区县报送初评", "组建专家组",
					"签署无利益冲突声明", "专家评分暂存", "提交专家评分", "专家组提交初定等级", "中心报送市局审核", "市局审核通过");
		assertThat(approved.timeline()).filteredOn(e -> e.action().equals("区县退回自评")).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("district");
			assertThat(e.from()).isEqualTo(CaseStage.DISTRICT_REVIEW);
			assertThat(e.to()).isEqualTo(CaseStage.SELF_ASSESSMENT);
			assertThat(e.detail()).isEqualTo("安全管理台账未上传");
		});
	}

	private static SheetInput withVersion(SheetInput input, long version) {
		return new SheetInput(input.inputs(), input.notes(), input.vetoes(), input.opinion(), version);
	}

}
