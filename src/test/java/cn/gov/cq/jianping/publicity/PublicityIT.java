package cn.gov.cq.jianping.publicity;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.notification.NotificationChannel;
import cn.gov.cq.jianping.notification.NotificationSend;
import cn.gov.cq.jianping.notification.Notifications;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.IdNumber;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PublicityUsers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 第十二条 to 第十四条 on a moved clock: the last second of the period, the confirmation job, an
 * upheld objection and a new publicity.
 */
@IntegrationTest
class PublicityIT {

	static final ZoneId ZONE = TimeConfiguration.ZONE;

	@Autowired
	EvaluationRounds rounds;

	@Autowired
	EvaluationCases cases;

	@Autowired
	InstitutionRegistry registry;

	@Autowired
	RuleSets ruleSets;

	@Autowired
	Publicities publicities;

	@Autowired
	ObjectionFiling filing;

	@Autowired
	Notifications notifications;

	@Autowired
	ObjectionReviews objections;

	@Autowired
	Confirmations confirmations;

	@Autowired
	GradeLookup lookup;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	static final CurrentUser BUREAU = PublicityUsers.bureau();

	static final CurrentUser CENTER = PublicityUsers.center();

	private long roundId;

	private long quiet;

	private long contested;

	private long contestedCase;

	private long quietCase;

	private LocalDate start;

	@BeforeEach
	void twoApprovedCases() {
		this.clock.setInstant(LocalDate.of(2027, 3, 1).atStartOfDay(ZONE).toInstant().plusSeconds(9 * 3600));
		this.quiet = institution("公示无异议机构");
		this.contested = institution("公示有异议机构");
		LocalDate today = LocalDate.now(this.clock);
		this.roundId = this.rounds.create(BUREAU, new EvaluationRounds.RoundForm("公示测试批次" + System.nanoTime(), 2027,
				this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(), this.ruleSets.defaultFor(RubricCode.LEVEL).id(),
				today, today, today.plusDays(5), ConsolidationMethod.MEAN));
		this.rounds.launch(CENTER, this.roundId, null);
		this.quietCase = approve(this.quiet, new BigDecimal("5"));
		this.contestedCase = approve(this.contested, new BigDecimal("20"));
		this.start = LocalDate.now(this.clock).plusDays(1);
		this.publicities.open(BUREAU, this.roundId, List.of(this.quietCase, this.contestedCase), this.start, 10,
				DayKind.NATURAL);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long institution(String name) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52500000MP" + serial;
		LocalDate registered = LocalDate.of(2024, 6, 1);
		return this.registry.create(CENTER,
				new InstitutionForm(name + serial, first17 + CreditCode.checkCharacter(first17),
						InstitutionType.APPRAISAL, "CITY", "公示测备〔2024〕" + serial + "号", registered,
						registered.plusYears(5), "电工", "某地", "测试", "13800003333", null));
	}

	private static SheetInput full(RuleSet ruleSet, BigDecimal deficit) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		BigDecimal left = deficit;
		for (CriterionRule rule : ruleSet.rules()) {
			BigDecimal taken = left.min(rule.points());
			left = left.subtract(taken);
			inputs.put(rule.criterionCode(), CriterionInput.value(rule.points().subtract(taken)));
		}
		return new SheetInput(inputs, Map.of(), Map.of(), null, null);
	}

	private long approve(long institutionId, BigDecimal deficit) {
		long caseId = this.cases.casesOfRound(CENTER, this.roundId)
			.stream()
			.filter(c -> c.institutionId() == institutionId)
			.findFirst()
			.orElseThrow()
			.id();
		CurrentUser institution = PublicityUsers.institution("i" + institutionId, institutionId);
		RuleSet rules = this.cases.detail(institution, caseId).ruleSet();
		this.cases.saveSheet(institution, caseId, SheetKind.SELF, full(rules, BigDecimal.ZERO));
		this.cases.submitSelfAssessment(institution, caseId, null);
		List<Long> experts = List.of(expert("expert1"), expert("expert2"), expert("expert3"));
		this.cases.formPanel(CENTER, caseId, experts, experts.get(0), LocalDate.now(this.clock));
		for (String username : List.of("expert1", "expert2", "expert3")) {
			CurrentUser expert = PublicityUsers.expert(username);
			this.cases.declareNoConflict(expert, caseId);
			this.cases.saveSheet(expert, caseId, SheetKind.EXPERT, full(rules, deficit));
			this.cases.submitExpertSheet(expert, caseId, null);
		}
		this.cases.submitInitialGrade(PublicityUsers.expert("expert1"), caseId, Map.of(), Map.of(), "评估意见");
		this.cases.approve(BUREAU, caseId);
		return caseId;
	}

	private long expert(String username) {
		return this.cases.expertPool()
			.stream()
			.filter(e -> e.username().equals(username))
			.findFirst()
			.map(EvaluationCases.ExpertView::id)
			.orElseGet(() -> this.cases.addExpert(CENTER, username, "专家" + username, "评价", "某单位"));
	}

	private Publicities.EntryView entryOf(long caseId) {
		return this.publicities.list()
			.stream()
			.flatMap(p -> p.entries().stream())
			.filter(e -> e.caseId() == caseId)
			.max(Comparator.comparingLong(Publicities.EntryView::id))
			.orElseThrow();
	}

	private void at(LocalDate day, int hour, int minute, int second) {
		this.clock.setInstant(day.atTime(hour, minute, second).atZone(ZONE).toInstant());
	}

	static ObjectionForm person(long entryId) {
		String first17 = "50010519900307123";
		return new ObjectionForm(entryId, "PERSON", "张三", first17 + IdNumber.checkCharacter(first17), "13812345678",
				null, null, null, "该机构在 2026 年第三批次评价中存在替考现象，现场监控记录可证明。", true, true);
	}

	@Test
	void anObjectionAt235959OfTheTenthDayIsAcceptedAndOneAtMidnightAfterIsRefused() {
		long entry = entryOf(this.contestedCase).id();
		LocalDate lastDay = this.start.plusDays(9);
		at(lastDay, 23, 59, 59);
		String receipt = this.filing.file(person(entry), List.of());
		assertThat(receipt).startsWith("YY");
		at(lastDay.plusDays(1), 0, 0, 0);
		assertThatThrownBy(() -> this.filing.file(person(entry), List.of()))
			.isInstanceOf(ObjectionRejectedException.class)
			.hasMessageContaining("公示期已于 " + lastDay + " 23:59:59 结束");
		assertThat(this.objections.ofEntry(BUREAU, entry)).hasSize(1);
	}

	@Test
	void anObjectionBeforeThePeriodStartsIsRefused() {
		long entry = entryOf(this.contestedCase).id();
		at(this.start.minusDays(1), 23, 59, 59);
		assertThatThrownBy(() -> this.filing.file(person(entry), List.of())).hasMessageContaining("不在公示期内");
	}

	@Test
	void theConfirmationJobConfirmsExactlyTheEntriesDueAndRunningItTwiceChangesNothing() {
		long contestedEntry = entryOf(this.contestedCase).id();
		at(this.start.plusDays(3), 10, 0, 0);
		String receipt = this.filing.file(person(contestedEntry), List.of());
		at(this.start.plusDays(9), 23, 59, 59);
		this.confirmations.confirmDue();
		assertThat(entryOf(this.quietCase).status()).isEqualTo("公示中");

		at(this.start.plusDays(10), 0, 0, 0);
		this.confirmations.confirmDue();
		assertThat(entryOf(this.quietCase).status()).isEqualTo("已确定");
		// still awaiting its objection's decision: past its last day it shows one status,
		// 公示期满，待确定 (issue 14), no longer 公示中
		assertThat(entryOf(this.contestedCase).status()).isEqualTo("公示期满，待确定");
		Integer grades = this.jdbc.queryForObject("select count(*) from confirmed_grade where entry_id in (?, ?)",
				Integer.class, entryOf(this.quietCase).id(), contestedEntry);
		assertThat(grades).isEqualTo(1);
		assertThat(this.confirmations.confirmDue()).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from confirmed_grade where entry_id = ?", Integer.class,
				entryOf(this.quietCase).id()))
			.isEqualTo(1);

		// The objection is found 不成立: the waiting entry is confirmed, and the objector
		// sees the answer.
		long objectionId = this.objections.ofEntry(BUREAU, contestedEntry).get(0).id();
		this.objections.decide(BUREAU, objectionId, null, "调阅监控记录，未发现替考", "王科长", false, "监控记录显示考生身份一致",
				"经核查，您反映的问题不属实。");
		assertThat(entryOf(this.contestedCase).status()).isEqualTo("已确定");
		var status = this.filing.status(receipt, "13812345678").orElseThrow();
		assertThat(status.status()).isEqualTo("异议不成立");
		assertThat(status.reply()).isEqualTo("经核查，您反映的问题不属实。");
		assertThat(this.filing.status(receipt, "13900000000")).isEmpty();
		// 第十三条: the objector is told (SMS and a letter for mailing), and the page shows
		// it.
		assertThat(this.notifications.sentAbout("objection", receipt)).extracting(NotificationSend::channel)
			.containsExactly(NotificationChannel.SMS, NotificationChannel.LETTER);
		assertThat(this.notifications.sentAbout("objection", receipt)).allSatisfy(n -> {
			assertThat(n.delivered()).isTrue();
			assertThat(n.sentAt()).isEqualTo(this.clock.instant());
		});
		assertThat(status.informed()).extracting(NotificationSend::channel)
			.containsExactly(NotificationChannel.SMS, NotificationChannel.LETTER);
		assertThat(status.informed().get(0).recipientMasked()).isEqualTo("138****78");
		assertThat(this.filing.replyLetter(receipt, "13812345678")).hasValueSatisfying(
				pdf -> assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-"));
	}

	@Test
	void anUpheldObjectionSendsTheCaseBackAndItsNewGradeGoesThroughANewPublicity() {
		long entry = entryOf(this.contestedCase).id();
		at(this.start.plusDays(2), 9, 0, 0);
		String receipt = this.filing.file(person(entry), List.of());
		long objectionId = this.objections.ofEntry(BUREAU, entry).get(0).id();
		assertThat(this.notifications.sentAbout("objection", receipt)).isEmpty();
		this.objections.decide(BUREAU, objectionId, null, "现场核查确有替考", "王科长", true, "异议成立", "经核查属实，已责成重新评估。");
		// 第十三条: an upheld objection is told to the objector too, by SMS and by letter.
		assertThat(this.notifications.sentAbout("objection", receipt)).extracting(NotificationSend::channel)
			.containsExactly(NotificationChannel.SMS, NotificationChannel.LETTER);
		assertThat(this.notifications.sentAbout("objection", receipt).get(1).subject()).contains(receipt);
		assertThat(this.filing.status(receipt, "13812345678").orElseThrow().informed()).hasSize(2);
		assertThat(entryOf(this.contestedCase).status()).isEqualTo("异议成立，重新评估");
		CaseViews.CaseDetail reopened = this.cases.detail(CENTER, this.contestedCase);
		assertThat(reopened.summary().stage()).isEqualTo(CaseStage.CENTER_EVALUATION);
		assertThat(reopened.summary().approvedGrade()).isNull();

		at(this.start.plusDays(12), 9, 0, 0);
		this.confirmations.confirmDue();
		assertThat(this.jdbc.queryForObject("select count(*) from confirmed_grade where entry_id = ?", Integer.class,
				entry))
			.isZero();

		// Re-evaluation: the panel submits again, the bureau approves, a new publicity
		// follows.
		this.cases.submitInitialGrade(PublicityUsers.expert("expert1"), this.contestedCase,
				Map.of("A-V02", new SheetInput.VetoInput(VetoSeverity.UNQUALIFIED, "存在替考")), Map.of(), "复核后重新评估");
		this.cases.approve(BUREAU, this.contestedCase);
		long second = this.publicities.open(BUREAU, this.roundId, List.of(this.contestedCase),
				LocalDate.now(this.clock).plusDays(1), 10, DayKind.NATURAL);
		Publicities.EntryView again = entryOf(this.contestedCase);
		assertThat(again.publicityId()).isEqualTo(second);
		assertThat(again.grade()).isEqualTo(Grade.UNQUALIFIED);
		assertThat(this.cases.detail(CENTER, this.contestedCase).timeline()).extracting(CaseViews.TimelineEntry::action)
			.containsSubsequence("发布公示", "收到评估异议", "异议复核：成立", "异议成立，退回重新评估（原审核结论作废）", "市局审核通过", "发布公示");
	}

	@Test
	void personalDataIsEncryptedAtRestMaskedInListsAndEveryFullViewIsRecorded() {
		long entry = entryOf(this.contestedCase).id();
		at(this.start.plusDays(1), 9, 0, 0);
		ObjectionForm form = person(entry);
		this.filing.file(form, List.of());
		String stored = this.jdbc.queryForObject("select id_number_enc || phone_enc from objection where entry_id = ?",
				String.class, entry);
		assertThat(stored).doesNotContain(form.idNumber()).doesNotContain(form.phone());
		ObjectionView listed = this.objections.ofEntry(BUREAU, entry).get(0);
		assertThat(listed.name()).isEqualTo("张*");
		assertThat(listed.idNumber()).isEqualTo("5001**********" + form.idNumber().substring(14));
		assertThat(listed.phone()).isEqualTo("138****5678");
		ObjectionView full = this.objections.reveal(BUREAU, listed.id());
		assertThat(full.idNumber()).isEqualTo(form.idNumber());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = '查看异议人完整个人信息' and target_id = ?", Integer.class,
				String.valueOf(listed.id())))
			.isEqualTo(1);
		assertThatThrownBy(() -> this.objections.reveal(CENTER, listed.id())).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anInvalidObjectionListsEveryProblemAndSavesNothing() {
		long entry = entryOf(this.contestedCase).id();
		at(this.start.plusDays(1), 9, 0, 0);
		ObjectionForm bad = new ObjectionForm(entry, "PERSON", "", "110105194912310021", "12345", null, null, null,
				"太短", false, false);
		assertThatThrownBy(() -> this.filing.file(bad, List.of())).isInstanceOfSatisfying(
				ObjectionRejectedException.class, ex -> assertThat(ex.problems()).extracting(FieldProblem::field)
					.contains("name", "idNumber", "phone", "content", "consent", "sensitiveConsent"));
		assertThat(this.objections.ofEntry(BUREAU, entry)).isEmpty();
	}

	@Test
	void thePublicLookupShowsOnlyConfirmedGradesAndNoPersonalData() {
		long entry = entryOf(this.contestedCase).id();
		at(this.start.plusDays(1), 9, 0, 0);
		this.filing.file(person(entry), List.of());
		String quietCode = entryOf(this.quietCase).creditCode();
		String contestedCode = entryOf(this.contestedCase).creditCode();
		assertThat(this.lookup.search(quietCode, null, null, null, null, 0, 20).items()).isEmpty();
		at(this.start.plusDays(10), 0, 0, 1);
		this.confirmations.confirmDue();
		var found = this.lookup.search(quietCode, null, null, null, null, 0, 20);
		assertThat(found.items()).singleElement().satisfies(row -> {
			assertThat(row.creditCode()).isEqualTo(quietCode);
			assertThat(row.roundYear()).isEqualTo(2027);
		});
		assertThat(this.lookup.search(contestedCode, null, null, null, null, 0, 20).items()).isEmpty();
		assertThat(this.lookup.institution(quietCode)).hasValueSatisfying(r -> assertThat(r.history()).hasSize(1));
	}

}
