package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
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
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSetForm;
import cn.gov.cq.jianping.scoring.RuleSetView;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.RuleType;
import cn.gov.cq.jianping.shared.CreditCode;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A round of our own for the case page tests, built through the services: institutions of
 * our own, a LEVEL rule set using every rule type, the default APPRAISAL rule set, and
 * the demo experts.
 */
final class CaseFixture {

	static final String YUBEI = "500112";

	static final String YUZHONG = "500103";

	static final CurrentUser CENTER = CurrentUser.of(Role.CENTER, null, null);

	final CaseQueries queries;

	final ExpertPool pool;

	final EvaluationJourney journey;

	final EvaluationRounds rounds;

	final InstitutionRegistry registry;

	final RuleSets ruleSets;

	final long stamp = System.nanoTime();

	long roundId;

	long levelRuleSetId;

	CaseFixture(CaseQueries queries, ExpertPool pool, EvaluationJourney journey, EvaluationRounds rounds,
			InstitutionRegistry registry, RuleSets ruleSets) {
		this.queries = queries;
		this.pool = pool;
		this.journey = journey;
		this.rounds = rounds;
		this.registry = registry;
		this.ruleSets = ruleSets;
	}

	static CurrentUser expert(String username) {
		return EvaluationJourney.expert(username);
	}

	static CurrentUser institution(long id) {
		return CurrentUser.of(Role.INSTITUTION, id, null);
	}

	static CurrentUser district(String code) {
		return CurrentUser.of(Role.DISTRICT, null, code);
	}

	long institution(String label, InstitutionType type, String district) {
		String digits = String.format("%07d", Math.floorMod(this.stamp + label.hashCode(), 10_000_000L));
		String first17 = "52" + (district == null ? "500000" : district) + "MJ" + digits;
		return this.registry.create(CENTER,
				new InstitutionForm("网页测试" + label + this.stamp, first17 + CreditCode.checkCharacter(first17), type,
						district == null ? InstitutionForm.CITY : district, "测试备〔2023〕" + label + this.stamp + "号",
						LocalDate.of(2023, 3, 1), LocalDate.of(2031, 2, 28), "电工（四级）", "重庆市测试路1号", "测试", "13812345678",
						null));
	}

	/**
	 * A copy of the LEVEL default where L-01-2 and the four criteria of L-02 use the
	 * other rule types.
	 */
	long levelRuleSetWithEveryType() {
		long defaultId = this.ruleSets.defaultFor(RubricCode.LEVEL).id();
		long id = this.ruleSets.copy("center", defaultId, "网页测试细则" + this.stamp);
		RuleSetView view = this.ruleSets.view(id);
		RuleSetForm form = new RuleSetForm();
		form.setName(view.name());
		form.setVersion(view.version());
		List<RuleSetForm.Rule> rows = new ArrayList<>();
		for (CriterionRule rule : view.ruleSet().rules()) {
			RuleSetForm.Rule row = new RuleSetForm.Rule();
			row.setCriterionCode(rule.criterionCode());
			row.setPoints(rule.points().toPlainString());
			row.setType(RuleType.SCALE);
			row.setStep(rule.parameters().effectiveStep().toPlainString());
			switch (rule.criterionCode()) {
				case "L-01-2" -> row.setType(RuleType.ALL_OR_NOTHING);
				case "L-02-1" -> {
					row.setType(RuleType.DEDUCTION_PER_OCCURRENCE);
					row.setDeduction("0.5");
				}
				case "L-02-2" -> row.setType(RuleType.NO_VERIFIED_RECORDS);
				case "L-02-3" -> {
					row.setType(RuleType.RATIO_AT_MOST);
					row.setThreshold("0.1");
				}
				case "L-02-4" -> row.setType(RuleType.COMPLETION_RATIO);
				default -> {
				}
			}
			rows.add(row);
		}
		form.setRules(rows);
		this.ruleSets.save("center", id, form);
		this.ruleSets.freeze("center", id, this.ruleSets.view(id).version());
		return id;
	}

	/**
	 * Creates and launches a round that includes every eligible institution, ours among
	 * them.
	 */
	long launchRound() {
		this.levelRuleSetId = levelRuleSetWithEveryType();
		LocalDate today = LocalDate.now();
		this.roundId = this.rounds.create(CENTER,
				new EvaluationRounds.RoundForm("网页测试批次" + this.stamp, today.getYear(),
						this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(), this.levelRuleSetId, today.plusDays(30),
						today.plusDays(60), today.plusDays(90), ConsolidationMethod.MEAN));
		this.rounds.launch(CENTER, this.roundId, null);
		return this.roundId;
	}

	long caseOf(long institutionId) {
		return this.queries.casesOfRound(CENTER, this.roundId)
			.stream()
			.filter(c -> c.institutionId() == institutionId)
			.findFirst()
			.orElseThrow()
			.id();
	}

	CaseViews.CaseDetail detail(long caseId) {
		return this.queries.detail(CENTER, caseId);
	}

	/**
	 * The demo expert accounts in the expert pool (added once for the whole test
	 * context).
	 */
	synchronized List<Long> experts(String... usernames) {
		List<Long> ids = new ArrayList<>();
		for (String username : usernames) {
			ids.add(this.pool.expertPool()
				.stream()
				.filter(e -> e.username().equals(username))
				.findFirst()
				.map(ExpertPool.ExpertView::id)
				.orElseGet(() -> this.pool.addExpert(CENTER, username, "测试专家" + username, "电工", "测试单位")));
		}
		return ids;
	}

	/** A complete sheet's inputs: full points on every criterion, by its rule type. */
	static Map<String, CriterionInput> fullMarks(RuleSet ruleSet) {
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
		return inputs;
	}

	/** The same complete sheet as posted form fields. */
	static MultiValueMap<String, String> fullMarksForm(RuleSet ruleSet) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		fullMarks(ruleSet).forEach((code, input) -> {
			put(params, code, "value", input.value());
			put(params, code, "met", input.met());
			put(params, code, "count", input.count());
			put(params, code, "numerator", input.numerator());
			put(params, code, "denominator", input.denominator());
		});
		return params;
	}

	private static void put(MultiValueMap<String, String> params, String code, String field, Object value) {
		if (value != null) {
			params.add("c[" + code + "]." + field,
					value instanceof BigDecimal number ? number.toPlainString() : value.toString());
		}
	}

	/** Saves and submits a complete self-assessment. */
	void submitSelf(long caseId, long institutionId) {
		CurrentUser user = institution(institutionId);
		RuleSet ruleSet = detail(caseId).ruleSet();
		this.journey.of(caseId).selfAssessed(user, new SheetInput(fullMarks(ruleSet), Map.of(), Map.of(), null, null));
	}

	/**
	 * An expert declares, scores with the given note on the first criterion, and submits.
	 */
	void expertScores(long caseId, String username, String note, boolean submit) {
		RuleSet ruleSet = detail(caseId).ruleSet();
		String first = ruleSet.rules().get(0).criterionCode();
		SheetInput sheet = new SheetInput(fullMarks(ruleSet), Map.of(first, note), Map.of(), null, null);
		if (submit) {
			this.journey.of(caseId).scored(username, sheet);
		}
		else {
			this.journey.of(caseId).signed(username).drafted(expert(username), SheetKind.EXPERT, sheet);
		}
	}

}
