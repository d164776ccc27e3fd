package cn.gov.cq.jianping.supervision;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.DailyFact;
import cn.gov.cq.jianping.evaluation.DailySuggestions;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.supervision.model.ComplaintWarning;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PublicityUsers;
import cn.gov.cq.jianping.support.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 以日常管理情况为基础 (第十一条): what the panel and the center see of an institution's daily
 * management on its case, each module contributing; the complaint warning looks six
 * months back from the round's reference date; 第八条's default participants.
 */
@IntegrationTest
class DailyRecordIT {

	static final CurrentUser CENTER = PublicityUsers.center();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	Complaints complaints;

	@Autowired
	Rectifications rectifications;

	@Autowired
	OverdueRectifications overdue;

	@Autowired
	InspectionPlans inspections;

	@Autowired
	SpotChecks spotChecks;

	@Autowired
	SupervisionDecisions decisions;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	EvaluationCases cases;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long institution(LocalDate registered) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52500000MR" + serial;
		return this.registry.create(CENTER,
				new InstitutionForm("日常管理测试机构" + serial, first17 + CreditCode.checkCharacter(first17),
						InstitutionType.APPRAISAL, "CITY", "日常测备〔2024〕" + serial + "号", registered,
						registered.plusYears(5), "电工", "某地", "测试", "13800005555", null));
	}

	private long institution() {
		return institution(LocalDate.now(this.clock).minusYears(2));
	}

	private long round() {
		LocalDate today = LocalDate.now(this.clock);
		long roundId = this.rounds.create(CENTER,
				new EvaluationRounds.RoundForm("日常管理测试" + System.nanoTime(), today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusDays(1), today.plusDays(2),
						today.plusDays(3), ConsolidationMethod.MEAN));
		this.rounds.launch(CENTER, roundId, null);
		return roundId;
	}

	private CaseViews.CaseDetail caseOf(long roundId, long institutionId) {
		long caseId = this.cases.casesOfRound(CENTER, roundId)
			.stream()
			.filter(c -> c.institutionId() == institutionId)
			.findFirst()
			.orElseThrow()
			.id();
		return this.cases.detail(CENTER, caseId);
	}

	private void verifiedComplaint(long institutionId, LocalDate receivedOn) {
		long id = this.complaints.record(CENTER, institutionId, "12333 热线", "考场秩序混乱", receivedOn);
		this.complaints.verify(CENTER, id, true, "调阅监控属实");
	}

	@Test
	void aComplaintSevenMonthsOldDoesNotRaiseTheWarningAndTwoWithinSixMonthsDo() {
		LocalDate today = LocalDate.now(this.clock);
		long old = institution();
		verifiedComplaint(old, today.minusMonths(7));
		verifiedComplaint(old, today.minusMonths(1));
		long recent = institution();
		verifiedComplaint(recent, today.minusMonths(5));
		verifiedComplaint(recent, today.minusMonths(1));
		long roundId = round();

		CaseViews.CaseDetail quiet = caseOf(roundId, old);
		assertThat(quiet.dailyRecord()).noneMatch(line -> line.contains(ComplaintWarning.TEXT))
			.anyMatch(line -> line.startsWith("投诉举报（经核查属实）：" + today.minusMonths(7)))
			.anyMatch(line -> line.startsWith("投诉举报（经核查属实）：" + today.minusMonths(1) + "（半年内）"));
		assertThat(quiet.dailyFacts()).extracting(DailyFact::kind)
			.doesNotContain(DailyFact.Kind.COMPLAINTS_WITHIN_SIX_MONTHS);
		assertThat(DailySuggestions.vetoes(quiet.rubric(), quiet.dailyFacts())).isEmpty();

		CaseViews.CaseDetail warned = caseOf(roundId, recent);
		assertThat(warned.dailyRecord()).anyMatch(line -> line.contains(ComplaintWarning.TEXT));
		// the complaint veto (⑥) is suggested with its source, the 质量投诉 criterion
		// prefilled
		assertThat(DailySuggestions.vetoes(warned.rubric(), warned.dailyFacts())).hasEntrySatisfying("A-V06",
				source -> assertThat(source).contains("半年内经核查属实 2 次", today.minusMonths(5).toString()));
		assertThat(DailySuggestions.criteria(warned.ruleSet(), warned.dailyFacts())).hasEntrySatisfying("A-20-1",
				prefill -> assertThat(prefill.count()).isEqualTo(2));
	}

	@Test
	void theExpertSheetShowsThePrefillAndTheVetoSuggestionWithTheirSourceButDeclaresNothing() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		long target = institution();
		verifiedComplaint(target, today.minusMonths(2));
		verifiedComplaint(target, today.minusMonths(1));
		long caseId = caseOf(round(), target).summary().id();
		CurrentUser institution = PublicityUsers.institution("i" + target, target);
		Map<String, CriterionInput> full = new LinkedHashMap<>();
		for (CriterionRule rule : this.cases.detail(institution, caseId).ruleSet().rules()) {
			full.put(rule.criterionCode(), CriterionInput.value(rule.points()));
		}
		this.cases.saveSheet(institution, caseId, SheetKind.SELF, new SheetInput(full, Map.of(), Map.of(), null, null));
		this.cases.submitSelfAssessment(institution, caseId, null);
		List<Long> experts = List.of("expert1", "expert2", "expert3")
			.stream()
			.map(name -> this.cases.expertPool()
				.stream()
				.filter(e -> e.username().equals(name))
				.findFirst()
				.orElseThrow()
				.id())
			.toList();
		this.cases.formPanel(CENTER, caseId, experts, experts.get(0), today);
		this.cases.declareNoConflict(PublicityUsers.expert("expert1"), caseId);

		String page = this.mvc.perform(get("/cases/" + caseId + "/expert").with(Users.as(Users.expertNamed("expert1"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		// the 质量投诉 criterion is prefilled with the count, the source beside it
		assertThat(page).contains("id=\"prefill-A-20-1\"").contains("系统依日常管理情况预填 2 次，来源：").contains("系统预填，请核实：");
		// the complaint veto (⑥) is suggested with its source, not declared
		assertThat(page).contains("id=\"veto-suggestion-A-V06\"").contains("仅供参考，由专家组判断是否认定");
		Matcher box = Pattern.compile("<input[^>]*id=\"veto-A-V06-declared\"[^>]*>").matcher(page);
		assertThat(box.find()).isTrue();
		assertThat(box.group()).doesNotContain("checked");
	}

	@Test
	void theDailyRecordShowsAnInspectionFindingASpotCheckFindingAndALateRectification() {
		long target = institution();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new GradeConfirmed(target, 0,
				Grade.QUALIFIED, LocalDate.now(this.clock).getYear() - 1, this.clock.instant())));
		int year = LocalDate.now(this.clock).getYear();
		this.inspections.generatePlan(CENTER, year);
		long item = this.inspections.plan(CENTER, year)
			.stream()
			.filter(i -> i.institutionId() == target)
			.findFirst()
			.orElseThrow()
			.id();
		this.inspections.complete(CENTER, item, "考务档案未按期归档");
		SpotChecks.Draw draw = this.spotChecks.draw(CENTER, "专项抽查测试" + System.nanoTime(), List.of(target), 1, 7L);
		this.spotChecks.recordFinding(CENTER, draw.id(), target, "收费公示不全");
		this.rectifications.issue(CENTER, target, "考务档案整改", LocalDate.now(this.clock).plusDays(10));
		this.clock.advance(Duration.ofDays(11));
		this.overdue.markOverdue();
		long roundId = round();

		CaseViews.CaseDetail detail = caseOf(roundId, target);
		assertThat(detail.dailyRecord()).anyMatch(line -> line.startsWith("日常检查：") && line.contains("考务档案未按期归档"))
			.anyMatch(line -> line.startsWith("专项抽查：") && line.contains("收费公示不全"))
			.anyMatch(line -> line.startsWith("整改通知：") && line.contains("逾期未完成整改"))
			.anyMatch(line -> line.startsWith("备案状态："));
		// the rectification veto (⑤) is suggested, never set
		assertThat(DailySuggestions.vetoes(detail.rubric(), detail.dailyFacts())).containsKey("A-V05");
		assertThat(detail.sheets()).isEmpty();
	}

	@Test
	void theDailyRecordShowsTheBureausDecisionsAndTheRegistryHistory() {
		long target = institution();
		this.transactions.executeWithoutResult(status -> this.events.publishEvent(new GradeConfirmed(target, 0,
				Grade.QUALIFIED, LocalDate.now(this.clock).getYear() - 1, this.clock.instant())));
		long decision = this.decisions.propose(CENTER, target, "DOWNGRADE", "专项检查发现管理服务质量明显下降", Grade.BASIC);
		this.decisions.decide(PublicityUsers.bureau(), decision, true, "依第二十条降低等级");
		String number = this.decisions.get(PublicityUsers.bureau(), decision).documentNumber();
		long roundId = round();

		CaseViews.CaseDetail detail = caseOf(roundId, target);
		assertThat(detail.dailyRecord())
			.anyMatch(line -> line.startsWith("市局决定：") && line.contains("降低等级") && line.contains("依第二十条降低等级")
					&& (number == null || line.contains(number)))
			.anyMatch(line -> line.startsWith("备案变更：") && line.contains(InstitutionStatus.SUSPENDED.label()))
			.anyMatch(line -> line.startsWith("备案状态：" + InstitutionStatus.SUSPENDED.label()));
	}

	@Test
	void aRectificationCompletedOnTimeIsNotLate() {
		long target = institution();
		long order = this.rectifications.issue(CENTER, target, "制度建设整改", LocalDate.now(this.clock).plusDays(10));
		this.rectifications.submitReport(PublicityUsers.institution("inst-" + target, target), order, "已完成整改");
		this.rectifications.verify(CENTER, order, true, "验收通过");
		this.clock.advance(Duration.ofDays(20));
		CaseViews.CaseDetail detail = caseOf(round(), target);
		assertThat(detail.dailyRecord()).anyMatch(line -> line.startsWith("整改通知：") && line.contains("按期完成整改"));
		assertThat(DailySuggestions.vetoes(detail.rubric(), detail.dailyFacts())).doesNotContainKey("A-V05");
	}

	@Test
	void aSuspendedInstitutionIsADefaultParticipantButCancelledAndRegisteredThisYearAreNot() {
		long suspended = institution();
		this.registry.changeStatus(CENTER, suspended, InstitutionStatus.SUSPENDED, "整改期间暂停评价", null);
		long rectifying = institution();
		this.registry.changeStatus(CENTER, rectifying, InstitutionStatus.RECTIFYING, "责令整改", null);
		long cancelled = institution();
		this.registry.changeStatus(CENTER, cancelled, InstitutionStatus.CANCELLED, "取消备案", null);
		long newcomer = institution(LocalDate.now(this.clock).withDayOfYear(1));
		LocalDate today = LocalDate.now(this.clock);
		long roundId = this.rounds.create(CENTER,
				new EvaluationRounds.RoundForm("参评名单测试" + System.nanoTime(), today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusDays(1), today.plusDays(2),
						today.plusDays(3), ConsolidationMethod.MEAN));
		List<EvaluationRounds.ParticipantView> participants = this.rounds.view(roundId).participants();

		assertThat(participants).filteredOn(p -> p.institutionId() == suspended).singleElement().satisfies(p -> {
			assertThat(p.included()).isTrue();
			assertThat(p.defaultIncluded()).isTrue();
			assertThat(p.reason()).contains("暂停评价");
		});
		assertThat(participants).filteredOn(p -> p.institutionId() == rectifying)
			.singleElement()
			.satisfies(p -> assertThat(p.included()).isTrue());
		assertThat(participants).filteredOn(p -> p.institutionId() == cancelled)
			.singleElement()
			.satisfies(p -> assertThat(p.included()).isFalse());
		assertThat(participants).filteredOn(p -> p.institutionId() == newcomer)
			.singleElement()
			.satisfies(p -> assertThat(p.reason()).contains("第八条"))
			.satisfies(p -> assertThat(p.included()).isFalse());
	}

}
