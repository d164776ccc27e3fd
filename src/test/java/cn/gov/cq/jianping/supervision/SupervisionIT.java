package cn.gov.cq.jianping.supervision;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRejectedException;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.supervision.model.ComplaintWarning;
import cn.gov.cq.jianping.support.PublicityUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 第十五条 to 第二十条: what each confirmed grade brings, rectification to closure, bureau
 * decisions, reproducible draws, and complaints reaching the next round's experts.
 */
@IntegrationTest
class SupervisionIT {

	static final CurrentUser CENTER = PublicityUsers.center();

	static final CurrentUser BUREAU = PublicityUsers.bureau();

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	GradeManagement grades;

	@Autowired
	Rectifications rectifications;

	@Autowired
	OverdueRectifications overdue;

	@Autowired
	SupervisionDecisions decisions;

	@Autowired
	Complaints complaints;

	@Autowired
	InspectionPlans inspections;

	@Autowired
	SpotChecks spotChecks;

	@Autowired
	Plaques plaques;

	@Autowired
	GradeLookup lookup;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	EvaluationCases cases;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long institution(String district) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52" + (district == null ? "500000" : district) + "MQ" + serial;
		LocalDate registered = LocalDate.now(this.clock).minusYears(2);
		return this.registry.create(CENTER,
				new InstitutionForm("监管测试机构" + serial, first17 + CreditCode.checkCharacter(first17),
						district == null ? InstitutionType.APPRAISAL : InstitutionType.LEVEL,
						district == null ? "CITY" : district, "监管测备〔2024〕" + serial + "号", registered,
						registered.plusYears(3), "电工", "某地", "测试", "13800004444", null));
	}

	private void confirm(long institutionId, Grade grade) {
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new GradeConfirmed(institutionId, 0, grade, 2026, this.clock.instant())));
	}

	private InstitutionStatus status(long id) {
		return this.registry.find(id).orElseThrow().status();
	}

	@Test
	void confirmingEachGradeAppliesExactlyItsConsequences() {
		long excellent = institution(null);
		long qualified = institution(null);
		long basic = institution("500112");
		long unqualified = institution(null);
		confirm(excellent, Grade.EXCELLENT);
		confirm(qualified, Grade.QUALIFIED);
		confirm(basic, Grade.BASIC);
		confirm(unqualified, Grade.UNQUALIFIED);

		var e = this.grades.standing(excellent).orElseThrow();
		assertThat(e.inspectionExempt()).isTrue();
		assertThat(e.renewalExempt()).isTrue();
		assertThat(e.inspectionsPerYear()).isZero();
		assertThat(e.keyMonitoring()).isFalse();
		byte[] plaque = this.plaques.plaque(CENTER, excellent);
		assertThat(new String(plaque, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(new String(plaque, StandardCharsets.ISO_8859_1)).contains("/FontFile2");
		assertThat(status(excellent)).isEqualTo(InstitutionStatus.NORMAL);

		var q = this.grades.standing(qualified).orElseThrow();
		assertThat(q.inspectionsPerYear()).isEqualTo(1);
		assertThat(q.inspectionExempt()).isFalse();
		assertThat(q.keyMonitoring()).isFalse();
		assertThatThrownBy(() -> this.plaques.plaque(CENTER, qualified))
			.isInstanceOf(SupervisionNotFoundException.class);
		assertThat(status(qualified)).isEqualTo(InstitutionStatus.NORMAL);
		assertThat(this.rectifications.visibleTo(CENTER)).noneMatch(o -> o.institutionId() == qualified);

		var b = this.grades.standing(basic).orElseThrow();
		assertThat(b.keyMonitoring()).isTrue();
		assertThat(b.inspectionsPerYear()).isEqualTo(2);
		assertThat(status(basic)).isEqualTo(InstitutionStatus.SUSPENDED);
		assertThat(this.rectifications.visibleTo(CENTER)).filteredOn(o -> o.institutionId() == basic)
			.singleElement()
			.satisfies(o -> assertThat(o.deadline()).isEqualTo(LocalDate.now(this.clock).plusDays(90)));
		assertThat(this.decisions.pending()).noneMatch(d -> d.institutionId() == basic);

		assertThat(this.grades.standing(unqualified).orElseThrow().keyMonitoring()).isTrue();
		// 第十九条 is mandatory: the cancellation takes effect with the confirmed grade, as a
		// numbered decision, with nothing left for the bureau to decline.
		assertThat(status(unqualified)).isEqualTo(InstitutionStatus.CANCELLED);
		assertThat(this.decisions.pending()).noneMatch(d -> d.institutionId() == unqualified);
		var cancellation = this.decisions.visibleTo(BUREAU)
			.stream()
			.filter(d -> d.institutionId() == unqualified)
			.toList();
		assertThat(cancellation).singleElement().satisfies(d -> {
			assertThat(d.kindCode()).isEqualTo("CANCEL_REGISTRATION");
			assertThat(d.pending()).isFalse();
			assertThat(d.documentNumber()).matches("渝人社评决〔\\d{4}〕\\d+号");
		});
		assertThat(new String(this.decisions.document(BUREAU, cancellation.get(0).id()), 0, 5,
				StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		assertThat(this.lookup.institution(this.registry.find(unqualified).orElseThrow().creditCode()))
			.hasValueSatisfying(r -> assertThat(r.registrationStatus()).isEqualTo("已取消备案"));
	}

	@Test
	void theCancellationIsPartOfTheConfirmingTransactionAndRollsBackWithIt() {
		long unqualified = institution(null);
		this.transactions.executeWithoutResult(tx -> {
			this.events.publishEvent(new GradeConfirmed(unqualified, 0, Grade.UNQUALIFIED, 2026, this.clock.instant()));
			// inside the confirming transaction the cancellation has already taken effect
			assertThat(status(unqualified)).isEqualTo(InstitutionStatus.CANCELLED);
			assertThat(this.decisions.visibleTo(BUREAU)).anyMatch(d -> d.institutionId() == unqualified);
			tx.setRollbackOnly();
		});
		// the grade's confirmation rolled back: so did the cancellation and its decision
		assertThat(status(unqualified)).isEqualTo(InstitutionStatus.NORMAL);
		assertThat(this.decisions.visibleTo(BUREAU)).noneMatch(d -> d.institutionId() == unqualified);
		assertThat(this.grades.standing(unqualified)).isEmpty();
	}

	@Test
	void aCancellationIsCorrectedOnlyByAReasonedReversalDecisionOfTheBureau() {
		long unqualified = institution(null);
		confirm(unqualified, Grade.UNQUALIFIED);
		assertThat(status(unqualified)).isEqualTo(InstitutionStatus.CANCELLED);
		long cancellation = this.decisions.visibleTo(BUREAU)
			.stream()
			.filter(d -> d.institutionId() == unqualified)
			.findFirst()
			.orElseThrow()
			.id();
		// No plain status change undoes it, not even the bureau's.
		assertThatThrownBy(
				() -> this.registry.changeStatus(BUREAU, unqualified, InstitutionStatus.NORMAL, "误操作恢复", null))
			.isInstanceOf(InstitutionRejectedException.class)
			.hasMessageContaining("撤销决定");
		assertThatThrownBy(() -> this.decisions.reverse(CENTER, cancellation, "中心无权撤销"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.decisions.reverse(BUREAU, cancellation, " "))
			.isInstanceOf(SupervisionRejectedException.class);
		assertThat(status(unqualified)).isEqualTo(InstitutionStatus.CANCELLED);

		long reversal = this.decisions.reverse(BUREAU, cancellation, "经复查，评估数据录入错误，原等级认定有误");
		assertThat(status(unqualified)).isEqualTo(InstitutionStatus.NORMAL);
		assertThat(this.decisions.get(BUREAU, cancellation).status()).isEqualTo("已撤销");
		var view = this.decisions.get(BUREAU, reversal);
		assertThat(view.kindCode()).isEqualTo("REVERSAL");
		assertThat(view.documentNumber()).startsWith("渝人社评决〔");
		assertThat(view.grounds()).contains(this.decisions.get(BUREAU, cancellation).documentNumber());
		assertThat(view.decisionReason()).isEqualTo("经复查，评估数据录入错误，原等级认定有误");
		assertThat(new String(this.decisions.document(BUREAU, reversal), 0, 5, StandardCharsets.ISO_8859_1))
			.isEqualTo("%PDF-");
		// a reversed decision cannot be reversed again
		assertThatThrownBy(() -> this.decisions.reverse(BUREAU, cancellation, "再次撤销"))
			.isInstanceOf(SupervisionRejectedException.class);
	}

	@Test
	void anAcceptedRectificationReportReturnsTheInstitutionToNormal() {
		long basic = institution("500112");
		confirm(basic, Grade.BASIC);
		long orderId = this.rectifications.visibleTo(CENTER)
			.stream()
			.filter(o -> o.institutionId() == basic)
			.findFirst()
			.orElseThrow()
			.id();
		CurrentUser institution = PublicityUsers.institution("i", basic);
		CurrentUser otherInstitution = PublicityUsers.institution("o", basic + 100000);
		CurrentUser otherDistrict = PublicityUsers.district("d", "500105");
		CurrentUser yubei = PublicityUsers.district("district", "500112");
		assertThatThrownBy(() -> this.rectifications.submitReport(otherInstitution, orderId, "冒名"))
			.isInstanceOf(SupervisionNotFoundException.class);
		this.rectifications.submitReport(institution, orderId, "已补齐考务记录并开展全员培训");
		assertThatThrownBy(() -> this.rectifications.verify(otherDistrict, orderId, true, "越权"))
			.isInstanceOf(SupervisionNotFoundException.class);
		assertThat(this.rectifications.visibleTo(otherDistrict)).noneMatch(o -> o.id() == orderId);
		this.rectifications.verify(yubei, orderId, true, "现场复查整改到位");
		assertThat(status(basic)).isEqualTo(InstitutionStatus.NORMAL);
		assertThat(this.registry.get(CENTER, basic).statusChanges()).extracting(c -> c.to())
			.containsExactly(InstitutionStatus.SUSPENDED, InstitutionStatus.NORMAL);
	}

	@Test
	void aMissedRectificationDeadlineProducesACancellationProposalAndTheBureauDecides() {
		long basic = institution(null);
		confirm(basic, Grade.BASIC);
		this.clock.advance(Duration.ofDays(90));
		this.overdue.markOverdue();
		assertThat(this.decisions.pending()).noneMatch(d -> d.institutionId() == basic);
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.overdue.markOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(this.overdue.markOverdue()).isZero();
		var proposal = this.decisions.pending().stream().filter(d -> d.institutionId() == basic).toList();
		assertThat(proposal).singleElement().satisfies(d -> assertThat(d.grounds()).contains("限期内未按要求完成整改"));
		assertThatThrownBy(() -> this.decisions.decide(CENTER, proposal.get(0).id(), true, "中心无权决定"))
			.isInstanceOf(AccessDeniedException.class);
		this.decisions.decide(BUREAU, proposal.get(0).id(), true, "逾期未完成整改，取消备案");
		assertThat(status(basic)).isEqualTo(InstitutionStatus.CANCELLED);
		assertThat(this.lookup.institution(this.registry.find(basic).orElseThrow().creditCode()))
			.hasValueSatisfying(r -> assertThat(r.registrationStatus()).isEqualTo("已取消备案"));
	}

	@Test
	void aDowngradeDecisionShowsInThePublicLookup() {
		long qualified = institution(null);
		confirm(qualified, Grade.QUALIFIED);
		long id = this.decisions.propose(CENTER, qualified, "DOWNGRADE", "专项检查发现管理服务质量明显下降", Grade.BASIC);
		this.decisions.decide(BUREAU, id, true, "依第二十条降低等级");
		assertThat(this.grades.standing(qualified).orElseThrow().grade()).isEqualTo(Grade.BASIC);
		assertThat(status(qualified)).isEqualTo(InstitutionStatus.SUSPENDED);
		assertThat(this.rectifications.visibleTo(CENTER)).anyMatch(o -> o.institutionId() == qualified && o.open());
		String code = this.registry.find(qualified).orElseThrow().creditCode();
		assertThat(this.lookup.search(code, null, null, null, null, 0, 10).items()).singleElement()
			.satisfies(row -> assertThat(row.grade()).isEqualTo("BASIC"));
	}

	@Test
	void aDrawIsReproducibleFromItsRecordedSeedAndPopulation() {
		List<Long> population = this.registry.all().stream().map(i -> i.id()).toList();
		SpotChecks.Draw first = this.spotChecks.draw(CENTER, "专项抽查", population, 5, 777L);
		SpotChecks.Draw second = this.spotChecks.draw(CENTER, "专项抽查（复核）", reversedCopy(population), 5, 777L);
		assertThat(second.sample()).isEqualTo(first.sample());
		assertThat(this.spotChecks.verifyDraw(first.id())).isTrue();
		SpotChecks.Draw fresh = this.spotChecks.draw(CENTER, "随机种子抽查", population, 5, null);
		assertThat(this.spotChecks.verifyDraw(fresh.id())).isTrue();
		this.spotChecks.recordFinding(CENTER, first.id(), first.sample().get(0), "考务档案不全");
	}

	@Test
	void theInspectionPlanFollowsTheGrades() {
		long excellent = institution(null);
		long basic = institution("500112");
		confirm(excellent, Grade.EXCELLENT);
		confirm(basic, Grade.BASIC);
		this.inspections.generatePlan(CENTER, 2030);
		var plan = this.inspections.plan(CENTER, 2030);
		assertThat(plan).noneMatch(i -> i.institutionId() == excellent);
		assertThat(plan).filteredOn(i -> i.institutionId() == basic)
			.hasSize(2)
			.allSatisfy(i -> assertThat(i.inspector()).isEqualTo("渝北区人力社保局"));
		assertThat(this.inspections.generatePlan(CENTER, 2030)).isZero();
		CurrentUser otherDistrict = PublicityUsers.district("d", "500105");
		assertThat(this.inspections.plan(otherDistrict, 2030)).noneMatch(i -> i.institutionId() == basic);
	}

	@Test
	void plannedInspectionsAppearAsToDosFallOverdueAfterTheirMonthAndLeaveOnceDone() {
		long basic = institution("500112");
		confirm(basic, Grade.BASIC);
		int year = LocalDate.now(this.clock).getYear() + 5;
		this.inspections.generatePlan(CENTER, year);
		CurrentUser yubei = PublicityUsers.district("district", "500112");
		var items = this.inspections.plan(yubei, year).stream().filter(i -> i.institutionId() == basic).toList();
		assertThat(items).hasSize(2);
		var first = items.get(0);
		this.clock.setInstant(LocalDate.of(year, first.month(), 1).atStartOfDay(TimeConfiguration.ZONE).toInstant());
		assertThat(this.inspections.todos(yubei)).anyMatch(t -> t.id() == first.id() && !t.overdue());
		this.clock.setInstant(
				LocalDate.of(year, first.month(), 1).plusMonths(1).atStartOfDay(TimeConfiguration.ZONE).toInstant());
		assertThat(this.inspections.markOverdue()).isGreaterThanOrEqualTo(1);
		assertThat(this.inspections.markOverdue()).isZero();
		assertThat(this.inspections.todos(yubei)).anyMatch(t -> t.id() == first.id() && t.overdue());
		CurrentUser institution = PublicityUsers.institution("i", basic);
		assertThat(this.inspections.todos(institution)).anyMatch(t -> t.id() == first.id());
		CurrentUser otherDistrict = PublicityUsers.district("d", "500105");
		assertThatThrownBy(() -> this.inspections.complete(otherDistrict, first.id(), "越权"))
			.isInstanceOf(SupervisionNotFoundException.class);
		this.inspections.complete(yubei, first.id(), "台账齐全，未发现问题");
		assertThat(this.inspections.todos(yubei)).noneMatch(t -> t.id() == first.id());
		assertThat(this.inspections.plan(yubei, year)).filteredOn(i -> i.id() == first.id())
			.singleElement()
			.satisfies(i -> assertThat(i.done()).isTrue());
	}

	@Test
	void twoVerifiedComplaintsInSixMonthsRaiseTheVetoWarningOnTheNextRoundsCase() {
		long target = institution(null);
		LocalDate today = LocalDate.now(this.clock);
		long first = this.complaints.record(CENTER, target, "12333 热线", "考场存在替考", today.minusMonths(4));
		long second = this.complaints.record(CENTER, target, "来信", "收费超标", today.minusMonths(1));
		this.complaints.verify(CENTER, first, true, "调阅监控属实");
		this.complaints.verify(CENTER, second, true, "票据核查属实");
		long roundId = this.rounds.create(CENTER,
				new EvaluationRounds.RoundForm("投诉警示测试" + System.nanoTime(), today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusDays(1), today.plusDays(2),
						today.plusDays(3), ConsolidationMethod.MEAN));
		this.rounds.launch(CENTER, roundId, null);
		CaseViews.CaseSummary next = this.cases.casesOfRound(CENTER, roundId)
			.stream()
			.filter(c -> c.institutionId() == target)
			.findFirst()
			.orElseThrow();
		assertThat(this.cases.detail(CENTER, next.id()).dailyRecord())
			.anyMatch(line -> line.contains(ComplaintWarning.TEXT))
			.anyMatch(line -> line.contains("近一年经核查属实的投诉举报：2 次"));
	}

	@Test
	void complaintsOutsideAUsersScopeCannotBeRecordedOrRead() {
		long target = institution("500112");
		CurrentUser otherDistrict = PublicityUsers.district("d", "500105");
		assertThatThrownBy(() -> this.complaints.record(otherDistrict, target, "来电", "内容", LocalDate.now(this.clock)))
			.isInstanceOf(SupervisionNotFoundException.class);
		assertThatThrownBy(() -> this.complaints.of(otherDistrict, target))
			.isInstanceOf(SupervisionNotFoundException.class);
		CurrentUser institution = PublicityUsers.institution("i", target);
		assertThatThrownBy(() -> this.complaints.record(institution, target, "自报", "内容", LocalDate.now(this.clock)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static List<Long> reversedCopy(List<Long> list) {
		List<Long> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

}
