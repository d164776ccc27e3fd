package cn.gov.cq.jianping.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationJourney;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.publicity.Announcements;
import cn.gov.cq.jianping.publicity.Confirmations;
import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionForm;
import cn.gov.cq.jianping.publicity.Publicities;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.IdNumber;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

import org.springframework.stereotype.Component;

/**
 * A round in progress with cases waiting at every step, so each demo account finds work.
 */
@Component
class DemoRound {

	/** The demo experts' accounts; the first leads every panel. */
	private static final List<String> EXPERTS = List.of("expert1", "expert2", "expert3");

	private final EvaluationRounds rounds;

	private final CaseQueries queries;

	private final ExpertPool pool;

	private final EvaluationJourney journey;

	private final RuleSets ruleSets;

	private final Clock clock;

	private final Publicities publicities;

	private final ObjectionFiling objections;

	private final Confirmations confirmations;

	private final Announcements announcements;

	DemoRound(EvaluationRounds rounds, CaseQueries queries, ExpertPool pool, EvaluationJourney journey,
			RuleSets ruleSets, Clock clock, Publicities publicities, ObjectionFiling objections,
			Confirmations confirmations, Announcements announcements) {
		this.publicities = publicities;
		this.objections = objections;
		this.confirmations = confirmations;
		this.announcements = announcements;
		this.rounds = rounds;
		this.queries = queries;
		this.pool = pool;
		this.journey = journey;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	private static CurrentUser as(String username, Role role, Long institutionId, String districtCode) {
		return new CurrentUser(0, username, "", username, role, institutionId, districtCode, false, true);
	}

	void load(long demoLevelInstitution, long demoAppraisalInstitution) {
		CurrentUser center = as("center", Role.CENTER, null, null);
		CurrentUser bureau = as("bureau", Role.BUREAU, null, null);
		List<Long> experts = List.of(this.pool.addExpert(center, "expert1", "王建国", "电工、焊工等工业类职业技能评价", "重庆工业职业技术学院"),
				this.pool.addExpert(center, "expert2", "李秀英", "养老护理、育婴等服务类职业技能评价", "重庆市养老服务协会"),
				this.pool.addExpert(center, "expert3", "陈志强", "技能人才评价质量督导", "重庆市职业技能鉴定指导中心（退休）"));
		LocalDate today = LocalDate.now(this.clock);
		earlierRound(experts, demoLevelInstitution, demoAppraisalInstitution);
		long roundId = this.rounds.create(bureau,
				new EvaluationRounds.RoundForm(today.getYear() + " 年度职业技能鉴定评价机构评估", today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusDays(14), today.plusDays(28),
						today.plusDays(56), ConsolidationMethod.MEAN));
		this.rounds.launch(center, roundId, null);
		List<CaseViews.CaseSummary> all = this.queries.casesOfRound(center, roundId);

		// The demo institution has a draft self-assessment; institution2 has not started.
		CaseViews.CaseSummary own = find(all, demoLevelInstitution);
		CurrentUser institution = as("institution", Role.INSTITUTION, demoLevelInstitution, null);
		RuleSet levelRules = this.queries.detail(institution, own.id()).ruleSet();
		this.journey.of(own.id()).drafted(institution, SheetKind.SELF, partial(levelRules, 30));

		// A Yubei case waiting for the district's preliminary review.
		CaseViews.CaseSummary atDistrict = all.stream()
			.filter(c -> c.viaDistrict() && DemoData.YUBEI.equals(c.districtCode())
					&& c.institutionId() != demoLevelInstitution)
			.findFirst()
			.orElseThrow();
		submitSelf(atDistrict, new BigDecimal("6"));

		// City-registered appraisal institutions at the center: one without a panel, one
		// whose experts must sign their declarations, one at the bureau, one approved,
		// one
		// waiting for the center's review of the panel's result (第十一条).
		List<CaseViews.CaseSummary> cityCases = new ArrayList<>();
		for (CaseViews.CaseSummary c : all) {
			if (!c.viaDistrict() && c.institutionId() != demoAppraisalInstitution) {
				cityCases.add(c);
			}
		}
		submitSelf(cityCases.get(0), new BigDecimal("3"));
		submitSelf(cityCases.get(1), new BigDecimal("9"));
		this.journey.of(cityCases.get(1).id()).panelFormed(experts, today.plusDays(7));
		int last = Math.min(4, cityCases.size() - 1);
		for (int i = 2; i <= last; i++) {
			CaseViews.CaseSummary c = cityCases.get(i);
			submitSelf(c, new BigDecimal(i * 4));
			EvaluationJourney.Steps steps = this.journey.of(c.id()).panelFormed(experts, today.minusDays(3));
			RuleSet rules = this.queries.detail(center, c.id()).ruleSet();
			for (int e = 0; e < EXPERTS.size(); e++) {
				steps.scored(EXPERTS.get(e), full(rules, new BigDecimal(i * 5 + e)));
			}
			Map<String, SheetInput.VetoInput> vetoes = i == 3 ? Map.of()
					: Map.of("A-V05", new SheetInput.VetoInput(VetoSeverity.BASIC, "现场抽查发现 2 个批次考务记录缺失"));
			steps.initialGrade(EXPERTS.get(0), vetoes, "机构内部管理较规范，评价组织实施基本符合要求。");
			if (i <= 3) {
				steps.reportedToBureau();
			}
			if (i == 3) {
				steps.approved();
			}
		}
		if (this.queries.detail(center, cityCases.get(2).id()).summary().stage() != CaseStage.BUREAU_REVIEW) {
			throw new IllegalStateException("演示数据未能到达市局审核环节");
		}

		// The approved case is under publicity now, and a citizen has objected to it. The
		// day
		// is read again: loading may have crossed midnight, and a start before today is
		// refused.
		this.publicities.open(bureau, roundId, List.of(cityCases.get(3).id()), LocalDate.now(this.clock), 10,
				DayKind.NATURAL);
		long entryId = this.publicities.underNoticeNow()
			.stream()
			.filter(e -> e.caseId() == cityCases.get(3).id())
			.findFirst()
			.orElseThrow()
			.id();
		String first17 = "50010519850612301";
		this.objections.file(new ObjectionForm(entryId, "PERSON", "赵明", first17 + IdNumber.checkCharacter(first17),
				"13912345678", null, null, null, "本人参加该机构组织的电工四级评价时，发现考场监考人员不足、存在交头接耳现象，请予核查。", true, true), List.of());
	}

	/**
	 * Last year's round, run to the end: eight institutions graded, published, confirmed
	 * and announced, so the public lookup and the management by grade have something to
	 * show.
	 */
	private void earlierRound(List<Long> experts, long demoLevelInstitution, long demoAppraisalInstitution) {
		CurrentUser center = as("center", Role.CENTER, null, null);
		CurrentUser bureau = as("bureau", Role.BUREAU, null, null);
		LocalDate today = LocalDate.now(this.clock);
		int lastYear = today.getYear() - 1;
		long roundId = this.rounds.create(bureau,
				new EvaluationRounds.RoundForm(lastYear + " 年度职业技能鉴定评价机构专项评估", lastYear,
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.minusMonths(11), today.minusMonths(10),
						today.minusMonths(9), ConsolidationMethod.MEAN));
		List<EvaluationRounds.ParticipantView> candidates = this.rounds.view(roundId)
			.participants()
			.stream()
			.filter(EvaluationRounds.ParticipantView::included)
			.toList();
		List<Long> chosen = new ArrayList<>();
		for (EvaluationRounds.ParticipantView p : candidates) {
			boolean demoAccount = p.institutionId() == demoLevelInstitution
					|| p.institutionId() == demoAppraisalInstitution;
			// Last year's special round took institutions in good standing only, so the
			// demo
			// statuses stay as seeded.
			boolean normal = InstitutionStatus.NORMAL.label().equals(p.status());
			if (!demoAccount && normal && chosen.size() < 8) {
				chosen.add(p.institutionId());
			}
			else {
				this.rounds.decide(center, roundId, p.institutionId(), false, "（演示数据）往期专项评估仅抽取部分机构");
			}
		}
		this.rounds.launch(center, roundId, null);
		BigDecimal[] deficits = { new BigDecimal("3"), new BigDecimal("6"), new BigDecimal("9"), new BigDecimal("12"),
				new BigDecimal("16"), new BigDecimal("20"), new BigDecimal("29"), new BigDecimal("45") };
		List<CaseViews.CaseSummary> all = this.queries.casesOfRound(center, roundId);
		for (int i = 0; i < all.size(); i++) {
			CaseViews.CaseSummary c = all.get(i);
			submitSelf(c, deficits[i].subtract(BigDecimal.ONE).max(BigDecimal.ZERO));
			if (c.viaDistrict()) {
				CurrentUser district = as("district-" + c.districtCode(), Role.DISTRICT, null, c.districtCode());
				RuleSet rules = this.queries.detail(district, c.id()).ruleSet();
				Map<String, CriterionInput> items = new LinkedHashMap<>();
				rules.rubric().items().forEach(item -> items.put(item.code(), CriterionInput.value(item.points())));
				this.journey.of(c.id())
					.districtReviewed(district, new SheetInput(items, Map.of(), Map.of(), "材料基本齐全，同意报送", null));
			}
			RuleSet rules = this.queries.detail(center, c.id()).ruleSet();
			this.journey.of(c.id())
				.panelFormed(experts, today.minusMonths(9).minusDays(10))
				.scored(EXPERTS, full(rules, deficits[i]))
				.atBureauReview(EXPERTS.get(0), "依据评分标准逐项核查，评估意见见各项评分。")
				.approved();
		}
		this.publicities.recordPast(bureau, roundId, List.of(), today.minusMonths(8), 10, DayKind.NATURAL);
		this.confirmations.confirmDue();
		this.announcements.publish(bureau, roundId);
	}

	private void submitSelf(CaseViews.CaseSummary c, BigDecimal deficit) {
		CurrentUser institution = as("demo-institution-" + c.institutionId(), Role.INSTITUTION, c.institutionId(),
				null);
		RuleSet rules = this.queries.detail(institution, c.id()).ruleSet();
		this.journey.of(c.id()).selfAssessed(institution, full(rules, deficit));
	}

	private static CaseViews.CaseSummary find(List<CaseViews.CaseSummary> all, long institutionId) {
		return all.stream().filter(c -> c.institutionId() == institutionId).findFirst().orElseThrow();
	}

	/** Full marks less a deficit taken from the first criteria. */
	static SheetInput full(RuleSet rules, BigDecimal deficit) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		BigDecimal left = deficit;
		for (CriterionRule rule : rules.rules()) {
			BigDecimal taken = left.min(rule.points());
			left = left.subtract(taken);
			inputs.put(rule.criterionCode(), CriterionInput.value(rule.points().subtract(taken)));
		}
		return new SheetInput(inputs, Map.of(), Map.of(), null, null);
	}

	/** The first {@code criteria} criteria scored in full, as a draft would be. */
	static SheetInput partial(RuleSet rules, int criteria) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		Map<String, String> notes = new LinkedHashMap<>();
		for (CriterionRule rule : rules.rules().subList(0, Math.min(criteria, rules.rules().size()))) {
			inputs.put(rule.criterionCode(), CriterionInput.value(rule.points()));
		}
		ItemDefinition first = rules.rubric().items().get(0);
		notes.put(first.criteria().get(0).code(), "岗位设置文件见佐证材料");
		return new SheetInput(inputs, notes, Map.of(), null, null);
	}

}
