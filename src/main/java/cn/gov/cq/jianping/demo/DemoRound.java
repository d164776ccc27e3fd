package cn.gov.cq.jianping.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
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

	private final EvaluationRounds rounds;

	private final EvaluationCases cases;

	private final RuleSets ruleSets;

	private final Clock clock;

	DemoRound(EvaluationRounds rounds, EvaluationCases cases, RuleSets ruleSets, Clock clock) {
		this.rounds = rounds;
		this.cases = cases;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	private static CurrentUser as(String username, Role role, Long institutionId, String districtCode) {
		return new CurrentUser(0, username, "", username, role, institutionId, districtCode, false, true);
	}

	void load(long demoLevelInstitution, long demoAppraisalInstitution) {
		CurrentUser center = as("center", Role.CENTER, null, null);
		CurrentUser bureau = as("bureau", Role.BUREAU, null, null);
		List<Long> experts = List.of(
				this.cases.addExpert(center, "expert1", "王建国", "电工、焊工等工业类职业技能评价", "重庆工业职业技术学院"),
				this.cases.addExpert(center, "expert2", "李秀英", "养老护理、育婴等服务类职业技能评价", "重庆市养老服务协会"),
				this.cases.addExpert(center, "expert3", "陈志强", "技能人才评价质量督导", "重庆市职业技能鉴定指导中心（退休）"));
		LocalDate today = LocalDate.now(this.clock);
		long roundId = this.rounds.create(bureau, new EvaluationRounds.RoundForm(today.getYear() + " 年度职业技能鉴定评价机构评估",
				today.getYear(), this.ruleSets.defaultFor(RubricCode.APPRAISAL).id(),
				this.ruleSets.defaultFor(RubricCode.LEVEL).id(), today.plusDays(14), today.plusDays(28),
				today.plusDays(56), ConsolidationMethod.MEAN));
		this.rounds.launch(center, roundId, null);
		List<CaseViews.CaseSummary> all = this.cases.casesOfRound(center, roundId);

		// The demo institution has a draft self-assessment; institution2 has not started.
		CaseViews.CaseSummary own = find(all, demoLevelInstitution);
		CurrentUser institution = as("institution", Role.INSTITUTION, demoLevelInstitution, null);
		RuleSet levelRules = this.cases.detail(institution, own.id()).ruleSet();
		this.cases.saveSheet(institution, own.id(), SheetKind.SELF, partial(levelRules, 30));

		// A Yubei case waiting for the district's preliminary review.
		CaseViews.CaseSummary atDistrict = all.stream()
			.filter(c -> c.viaDistrict() && DemoData.YUBEI.equals(c.districtCode()) && c.institutionId() != demoLevelInstitution)
			.findFirst()
			.orElseThrow();
		submitSelf(atDistrict, new BigDecimal("6"));

		// City-registered appraisal institutions at the center: one without a panel, one whose experts
		// must sign their declarations, one at the bureau, one approved.
		List<CaseViews.CaseSummary> cityCases = new ArrayList<>();
		for (CaseViews.CaseSummary c : all) {
			if (!c.viaDistrict() && c.institutionId() != demoAppraisalInstitution) {
				cityCases.add(c);
			}
		}
		submitSelf(cityCases.get(0), new BigDecimal("3"));
		submitSelf(cityCases.get(1), new BigDecimal("9"));
		this.cases.formPanel(center, cityCases.get(1).id(), experts, experts.get(0), today.plusDays(7));
		for (int i = 2; i <= 3; i++) {
			CaseViews.CaseSummary c = cityCases.get(i);
			submitSelf(c, new BigDecimal(i * 4));
			this.cases.formPanel(center, c.id(), experts, experts.get(0), today.minusDays(3));
			RuleSet rules = this.cases.detail(center, c.id()).ruleSet();
			String[] usernames = { "expert1", "expert2", "expert3" };
			for (int e = 0; e < usernames.length; e++) {
				CurrentUser expert = as(usernames[e], Role.EXPERT, null, null);
				this.cases.declareNoConflict(expert, c.id());
				this.cases.saveSheet(expert, c.id(), SheetKind.EXPERT, full(rules, new BigDecimal(i * 5 + e)));
				this.cases.submitExpertSheet(expert, c.id(), null);
			}
			Map<String, SheetInput.VetoInput> vetoes = i == 3 ? Map.of() : Map.of("A-V05",
					new SheetInput.VetoInput(VetoSeverity.BASIC, "现场抽查发现 2 个批次考务记录缺失"));
			this.cases.submitInitialGrade(as("expert1", Role.EXPERT, null, null), c.id(), vetoes, Map.of(),
					"机构内部管理较规范，评价组织实施基本符合要求。");
			if (i == 3) {
				this.cases.approve(bureau, c.id());
			}
		}
		if (this.cases.detail(center, cityCases.get(2).id()).summary().stage() != CaseStage.BUREAU_REVIEW) {
			throw new IllegalStateException("演示数据未能到达市局审核环节");
		}
	}

	private void submitSelf(CaseViews.CaseSummary c, BigDecimal deficit) {
		CurrentUser institution = as("demo-institution-" + c.institutionId(), Role.INSTITUTION, c.institutionId(), null);
		RuleSet rules = this.cases.detail(institution, c.id()).ruleSet();
		this.cases.saveSheet(institution, c.id(), SheetKind.SELF, full(rules, deficit));
		this.cases.submitSelfAssessment(institution, c.id(), null);
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
