package cn.gov.cq.jianping.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.rubric.VetoDefinition;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.RuleSet;
import cn.gov.cq.jianping.scoring.model.RuleType;

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

	/** A prefilled count of verified records for one criterion, with its source. */
	public record Prefill(int count, String source) {
	}

	/**
	 * Criterion code → the count to prefill, for criteria scored by verified records
	 * (NO_VERIFIED_RECORDS) under the 质量投诉 item.
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
		Map<String, RuleType> types = new LinkedHashMap<>();
		for (CriterionRule rule : ruleSet.rules()) {
			types.put(rule.criterionCode(), rule.type());
		}
		for (ItemDefinition item : ruleSet.rubric().items()) {
			if (item.name().contains(COMPLAINT_ITEM)) {
				item.criteria()
					.stream()
					.filter(k -> types.get(k.code()) == RuleType.NO_VERIFIED_RECORDS)
					.forEach(k -> prefills.put(k.code(), new Prefill(complaints.count(), complaints.source())));
			}
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
