package cn.gov.cq.jianping.publicity.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.Announcements;
import cn.gov.cq.jianping.publicity.Confirmations;
import cn.gov.cq.jianping.publicity.Publicities;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.IdNumber;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.PublicityUsers;

import org.springframework.context.ApplicationContext;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * Institutions of their own (unique names), approved through a round of their own and put
 * under publicity, confirmed and announced on the moved clock: the same path as
 * {@code PublicityIT}.
 */
final class PublicFixture {

	static final ZoneId ZONE = TimeConfiguration.ZONE;

	static final CurrentUser BUREAU = PublicityUsers.bureau();

	static final CurrentUser CENTER = PublicityUsers.center();

	final EvaluationRounds rounds;

	final EvaluationCases cases;

	final InstitutionRegistry registry;

	final RuleSets ruleSets;

	final Publicities publicities;

	final Confirmations confirmations;

	final Announcements announcements;

	final MutableClock clock;

	PublicFixture(ApplicationContext context) {
		this.rounds = context.getBean(EvaluationRounds.class);
		this.cases = context.getBean(EvaluationCases.class);
		this.registry = context.getBean(InstitutionRegistry.class);
		this.ruleSets = context.getBean(RuleSets.class);
		this.publicities = context.getBean(Publicities.class);
		this.confirmations = context.getBean(Confirmations.class);
		this.announcements = context.getBean(Announcements.class);
		this.clock = context.getBean(MutableClock.class);
	}

	/** An institution of ours and its credit code. */
	record Institution(long id, String name, String creditCode) {
	}

	/** A round with publicity opened for its approved cases. */
	record Published(long roundId, long publicityId, LocalDate start, List<Institution> institutions,
			List<Publicities.EntryView> entries) {

		Publicities.EntryView entryOf(Institution institution) {
			return this.entries.stream()
				.filter(e -> e.creditCode().equals(institution.creditCode()))
				.findFirst()
				.orElseThrow();
		}

	}

	void at(LocalDate day, int hour) {
		this.clock.setInstant(day.atTime(hour, 0).atZone(ZONE).toInstant());
	}

	Institution institution(String name) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52500000MP" + serial;
		String code = first17 + CreditCode.checkCharacter(first17);
		LocalDate registered = LocalDate.of(2024, 6, 1);
		String fullName = name + serial;
		long id = this.registry.create(CENTER,
				new InstitutionForm(fullName, code, InstitutionType.APPRAISAL, "CITY", "公开测备〔2024〕" + serial + "号",
						registered, registered.plusYears(5), "电工", "某地", "测试联系人", "13800003333", null));
		return new Institution(id, fullName, code);
	}

	/**
	 * Approves the institutions in a new round of this year (each with the given deficit
	 * from full marks) and opens a 10-day publicity starting tomorrow (by the clock).
	 */
	Published publish(int year, List<Institution> institutions, List<BigDecimal> deficits) {
		LocalDate today = LocalDate.now(this.clock);
		long roundId = this.rounds.create(BUREAU, new EvaluationRounds.RoundForm("公开页面测试批次" + System.nanoTime(), year,
				this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(), this.ruleSets.defaultFor(RubricCode.LEVEL).id(),
				today, today, today.plusDays(5), ConsolidationMethod.MEAN));
		this.rounds.launch(CENTER, roundId, null);
		List<Long> caseIds = new ArrayList<>();
		for (int i = 0; i < institutions.size(); i++) {
			caseIds.add(approve(roundId, institutions.get(i).id(), deficits.get(i)));
		}
		LocalDate start = today.plusDays(1);
		long publicityId = this.publicities.open(BUREAU, roundId, caseIds, start, 10, DayKind.NATURAL);
		return new Published(roundId, publicityId, start, institutions, this.publicities.view(publicityId).entries());
	}

	/** Moves the clock past the period, confirms what is due and announces the round. */
	long confirmAndAnnounce(Published published) {
		at(published.start().plusDays(10), 1);
		this.confirmations.confirmDue();
		return this.announcements.publish(BUREAU, published.roundId());
	}

	static String idNumber(String first17) {
		return first17 + IdNumber.checkCharacter(first17);
	}

	/**
	 * Drives an institution's case of the round to the bureau's approval through the
	 * services.
	 */
	long approve(long roundId, long institutionId, BigDecimal deficit) {
		long caseId = this.cases.casesOfRound(CENTER, roundId)
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

}
