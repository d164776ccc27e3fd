package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * Drives rounds and cases through the services for tests: create and launch a round, then
 * move a case along the chain up to the bureau's review. Not a Spring bean; construct it
 * with the services.
 *
 * <p>
 * The shared test database holds other tests' rounds and the demo data: give each round a
 * unique name ({@link #uniqueName(String)}) and find its cases with {@link #cases(long)}.
 */
public class RoundFixture {

	/**
	 * The demo expert accounts the fixture puts into the pool and onto panels; the first
	 * is the lead.
	 */
	public static final List<String> EXPERTS = List.of("expert1", "expert2", "expert3");

	private final EvaluationRounds rounds;

	private final CaseQueries queries;

	private final ExpertPool pool;

	private final EvaluationJourney journey;

	private final RuleSets ruleSets;

	public RoundFixture(EvaluationRounds rounds, CaseQueries queries, ExpertPool pool, EvaluationJourney journey,
			RuleSets ruleSets) {
		this.rounds = rounds;
		this.queries = queries;
		this.pool = pool;
		this.journey = journey;
		this.ruleSets = ruleSets;
	}

	// ---------------------------------------------------------------- users

	public static CurrentUser center() {
		return CurrentUser.of(Role.CENTER, null, null);
	}

	public static CurrentUser bureau() {
		return CurrentUser.of(Role.BUREAU, null, null);
	}

	public static CurrentUser institution(long institutionId) {
		return CurrentUser.of(Role.INSTITUTION, institutionId, null);
	}

	public static CurrentUser district(String districtCode) {
		return CurrentUser.of(Role.DISTRICT, null, districtCode);
	}

	/** An expert whose username matches the pool entry, as the services require. */
	public static CurrentUser expert(String username) {
		return EvaluationJourney.expert(username);
	}

	public static String uniqueName(String prefix) {
		return prefix + "-" + System.nanoTime();
	}

	// ---------------------------------------------------------------- rounds

	/** A draft round with the default (frozen) rule sets and the given deadlines. */
	public long createRound(String name, int year, LocalDate self, LocalDate district, LocalDate center) {
		return this.rounds.create(center(),
				new EvaluationRounds.RoundForm(name, year, this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
						this.ruleSets.defaultFor(RubricCode.LEVEL).id(), self, district, center,
						ConsolidationMethod.MEAN));
	}

	/** A draft round of this year with deadlines one, two and three months ahead. */
	public long createRound(String name) {
		LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
		return createRound(name, today.getYear(), today.plusMonths(1), today.plusMonths(2), today.plusMonths(3));
	}

	public long launch(long roundId) {
		this.rounds.launch(center(), roundId, null);
		return roundId;
	}

	/** A launched round of this year with future deadlines. */
	public long launchedRound(String name) {
		return launch(createRound(name));
	}

	public List<CaseViews.CaseSummary> cases(long roundId) {
		return this.queries.casesOfRound(center(), roundId);
	}

	/** The first case of the round that matches, e.g. {@code c -> !c.viaDistrict()}. */
	public CaseViews.CaseSummary caseOf(long roundId, Predicate<CaseViews.CaseSummary> which) {
		return cases(roundId).stream()
			.filter(which)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no matching case in round " + roundId));
	}

	/**
	 * The n-th (from 0) case of the round that goes straight from the institution to the
	 * center.
	 */
	public CaseViews.CaseSummary directCase(long roundId, int n) {
		List<CaseViews.CaseSummary> direct = cases(roundId).stream().filter(c -> !c.viaDistrict()).toList();
		if (direct.size() <= n) {
			throw new IllegalStateException("round " + roundId + " has only " + direct.size() + " direct cases");
		}
		return direct.get(n);
	}

	public CaseViews.CaseSummary summary(long caseId) {
		return this.queries.detail(center(), caseId).summary();
	}

	public RuleSet ruleSetOf(long caseId) {
		return this.queries.detail(center(), caseId).ruleSet();
	}

	// ---------------------------------------------------------------- experts

	/** The pool id of an expert, adding the expert to the pool when absent. */
	public long expertId(String username) {
		return this.pool.expertPool()
			.stream()
			.filter(e -> e.username().equals(username))
			.map(ExpertPool.ExpertView::id)
			.findFirst()
			.orElseGet(() -> this.pool.addExpert(center(), username, "测试专家 " + username, "职业技能鉴定", "测试单位"));
	}

	/** The pool ids of {@link #EXPERTS}, the lead first. */
	public List<Long> expertIds() {
		List<Long> ids = new ArrayList<>();
		for (String username : EXPERTS) {
			ids.add(expertId(username));
		}
		return ids;
	}

	// ---------------------------------------------------------------- the chain

	/**
	 * Self-assessment with full marks, submitted: the case moves to the district or the
	 * center.
	 */
	public void submitSelfAssessment(long caseId, SheetInput sheet) {
		CaseViews.CaseSummary c = summary(caseId);
		this.journey.of(caseId).selfAssessed(institution(c.institutionId()), sheet);
	}

	/**
	 * Moves a case (of an institution not reviewed by a district) to 专家组评估 with a full
	 * self-assessment.
	 */
	public void toCenterEvaluation(long caseId) {
		CaseViews.CaseSummary c = summary(caseId);
		if (c.stage() == CaseStage.SELF_ASSESSMENT) {
			submitSelfAssessment(caseId, fullSheet(ruleSetOf(caseId)));
		}
		CaseStage stage = summary(caseId).stage();
		if (stage != CaseStage.CENTER_EVALUATION) {
			throw new IllegalStateException("case " + caseId + " is at " + stage + ", not CENTER_EVALUATION");
		}
	}

	/**
	 * Forms the panel of {@link #EXPERTS} (the first as lead) with the visit today, so
	 * on-site scoring is open.
	 */
	public void formPanel(long caseId) {
		this.journey.of(caseId).panelFormed(expertIds(), LocalDate.now());
	}

	/**
	 * Every expert declares, scores with the given sheet and submits; the lead submits
	 * the initial grade and the center reports it to the bureau.
	 */
	public void scoreAndSubmit(long caseId, SheetInput expertSheet) {
		this.journey.of(caseId).scored(EXPERTS, expertSheet).atBureauReview(EXPERTS.get(0), "专家组评估意见：材料齐全，运行规范。");
	}

	/**
	 * Full marks all the way, the lead submits: the case waits for the center's review
	 * (中心审核, 第十一条).
	 */
	public void toCenterReview(long caseId) {
		toCenterEvaluation(caseId);
		formPanel(caseId);
		this.journey.of(caseId)
			.scored(EXPERTS, fullSheet(ruleSetOf(caseId)))
			.initialGrade(EXPERTS.get(0), Map.of(), "专家组评估意见：材料齐全，运行规范。");
	}

	/** Full marks all the way: the case ends at 市局审核 without a gap. */
	public void toBureauReview(long caseId) {
		toCenterEvaluation(caseId);
		formPanel(caseId);
		scoreAndSubmit(caseId, fullSheet(ruleSetOf(caseId)));
	}

	/**
	 * Full marks from the institution, none from the experts: a large gap for the bureau.
	 */
	public void toBureauReviewWithGap(long caseId) {
		toCenterEvaluation(caseId);
		formPanel(caseId);
		scoreAndSubmit(caseId, zeroSheet(ruleSetOf(caseId)));
	}

	// ---------------------------------------------------------------- sheets

	/** Full marks for every criterion, in the input each rule type needs. */
	public static SheetInput fullSheet(RuleSet ruleSet) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		for (CriterionRule rule : ruleSet.rules()) {
			inputs.put(rule.criterionCode(), switch (rule.type()) {
				case SCALE -> CriterionInput.value(rule.points());
				case ALL_OR_NOTHING -> CriterionInput.met(true);
				case DEDUCTION_PER_OCCURRENCE, NO_VERIFIED_RECORDS -> CriterionInput.count(0);
				case RATIO_AT_MOST -> CriterionInput.ratio(0, 10);
				case COMPLETION_RATIO -> CriterionInput.ratio(10, 10);
			});
		}
		return new SheetInput(inputs, Map.of(), Map.of(), null, null);
	}

	/** (Nearly) no marks for every criterion. */
	public static SheetInput zeroSheet(RuleSet ruleSet) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		for (CriterionRule rule : ruleSet.rules()) {
			inputs.put(rule.criterionCode(), switch (rule.type()) {
				case SCALE -> CriterionInput.value(BigDecimal.ZERO);
				case ALL_OR_NOTHING -> CriterionInput.met(false);
				case DEDUCTION_PER_OCCURRENCE -> CriterionInput.count(1000);
				case NO_VERIFIED_RECORDS -> CriterionInput.count(1);
				case RATIO_AT_MOST -> CriterionInput.ratio(10, 10);
				case COMPLETION_RATIO -> CriterionInput.ratio(0, 10);
			});
		}
		return new SheetInput(inputs, Map.of(), Map.of(), null, null);
	}

}
