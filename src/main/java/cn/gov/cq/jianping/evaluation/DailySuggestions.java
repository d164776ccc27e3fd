package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.rubric.VetoDefinition;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;

/**
 * Which criterion and which veto of a rubric a daily-management fact matches: verified
 * complaints prefill the 质量投诉 criterion; two within six months suggest the complaint veto
 * (⑥), a late rectification the rectification veto (⑤). Matched by the measures' own
 * wording, so both annexes (and later versions) are served by one rule. A suggestion is
 * never a finding: the panel decides.
 */
public final class DailySuggestions {

	static final String COMPLAINT_ITEM = "质量投诉";

	static final String COMPLAINT_VETO = "半年内被投诉举报";

	static final String RECTIFICATION_VETO = "不按期完成整改";

	private DailySuggestions() {
	}

	/**
	 * A prefilled criterion: the count of verified records, the input it gives under the
	 * criterion's rule (a count, or 无记录 = full marks / met, otherwise 0 / not met), and
	 * its source.
	 */
	public record Prefill(int count, String source, CriterionInput input) {
	}

	/**
	 * Criterion code → what to prefill, for the criteria under the 质量投诉 item.
	 */
	public static Map<String, Prefill> criteria(RuleSet ruleSet, List<DailyFact> facts) {
		Map<String, Prefill> prefills = new LinkedHashMap<>();
		DailyFact complaints = facts.stream()
			.filter(f -> f.kind() == DailyFact.Kind.VERIFIED_COMPLAINTS)
			.findFirst()
			.orElse(null);
		if (complaints == null) {
			return prefills;
		}
		Map<String, CriterionRule> rules = new LinkedHashMap<>();
		for (CriterionRule rule : ruleSet.rules()) {
			rules.put(rule.criterionCode(), rule);
		}
		boolean none = complaints.count() == 0;
		for (ItemDefinition item : ruleSet.rubric().items()) {
			if (!item.name().contains(COMPLAINT_ITEM)) {
				continue;
			}
			item.criteria().forEach(k -> {
				CriterionRule rule = rules.get(k.code());
				CriterionInput input = rule == null ? null : switch (rule.type()) {
					case NO_VERIFIED_RECORDS, DEDUCTION_PER_OCCURRENCE -> CriterionInput.count(complaints.count());
					case SCALE -> CriterionInput.value(none ? rule.points() : BigDecimal.ZERO);
					case ALL_OR_NOTHING -> CriterionInput.met(none);
					case RATIO_AT_MOST, COMPLETION_RATIO -> null;
				};
				if (input != null) {
					prefills.put(k.code(), new Prefill(complaints.count(), complaints.source(), input));
				}
			});
		}
		return prefills;
	}

	/** Veto code → why the system suggests it (the source), for the panel to judge. */
	public static Map<String, String> vetoes(RubricDefinition rubric, List<DailyFact> facts) {
		Map<String, String> suggested = new LinkedHashMap<>();
		for (DailyFact fact : facts) {
			String wording = switch (fact.kind()) {
				case COMPLAINTS_WITHIN_SIX_MONTHS -> COMPLAINT_VETO;
				case LATE_RECTIFICATION -> RECTIFICATION_VETO;
				case VERIFIED_COMPLAINTS -> null;
			};
			if (wording == null) {
				continue;
			}
			for (VetoDefinition veto : rubric.vetoes()) {
				if (veto.text().contains(wording)) {
					suggested.merge(veto.code(), fact.source(), (a, b) -> a + "；" + b);
				}
			}
		}
		return suggested;
	}

}
