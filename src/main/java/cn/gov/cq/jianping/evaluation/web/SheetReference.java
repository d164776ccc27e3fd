package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.DailySuggestions;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.VetoDefinition;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.CriterionScore;
import cn.gov.cq.jianping.scoring.model.ItemScore;

/**
 * What the expert sees beside each criterion and item: the self-assessment, the
 * district's review, and the facts of the daily record that prefill a criterion or
 * suggest a veto, each with its source.
 */
record SheetReference(Map<String, BigDecimal> selfCriteria, Map<String, BigDecimal> selfItems,
		Map<String, BigDecimal> districtItems, Map<String, String> districtNotes,
		Map<String, DailySuggestions.Prefill> prefills, Map<String, String> vetoSuggestions) {

	static final SheetReference NONE = new SheetReference(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

	static SheetReference of(CaseViews.CaseDetail detail) {
		Map<String, BigDecimal> selfCriteria = new LinkedHashMap<>();
		Map<String, BigDecimal> selfItems = new LinkedHashMap<>();
		CaseViews.SheetView self = detail.sheet(SheetKind.SELF);
		if (self != null && self.result() != null) {
			self.result()
				.criteria()
				.stream()
				.filter(CriterionScore::scored)
				.forEach(s -> selfCriteria.put(s.code(), s.score()));
			self.result().items().forEach(i -> selfItems.put(i.code(), i.score()));
		}
		Map<String, BigDecimal> districtItems = new LinkedHashMap<>();
		CaseViews.SheetView district = detail.sheet(SheetKind.DISTRICT);
		if (district != null && district.result() != null) {
			district.result()
				.items()
				.stream()
				.filter(ItemScore::complete)
				.forEach(i -> districtItems.put(i.code(), i.score()));
		}
		return new SheetReference(selfCriteria, selfItems, districtItems, CasePage.districtNotes(detail),
				DailySuggestions.criteria(detail.ruleSet(), detail.dailyFacts()),
				DailySuggestions.vetoes(detail.rubric(), detail.dailyFacts()));
	}

	/**
	 * A new expert sheet with the criteria the daily record matches already filled in,
	 * and the source as the criterion's note; the expert may change both.
	 */
	static SheetForm prefilled(CaseViews.CaseDetail detail) {
		SheetParams params = new SheetParams();
		DailySuggestions.criteria(detail.ruleSet(), detail.dailyFacts()).forEach((code, prefill) -> {
			SheetParams.CriterionFields fields = new SheetParams.CriterionFields();
			CriterionInput input = prefill.input();
			fields.setCount(input.count() == null ? null : input.count().toString());
			fields.setValue(input.value() == null ? null : input.value().toPlainString());
			fields.setMet(input.met() == null ? null : input.met().toString());
			fields.setNote("系统预填，请核实：" + prefill.source());
			params.getC().put(code, fields);
		});
		List<String> codes = detail.rubric().criteria().stream().map(CriterionDefinition::code).toList();
		List<String> vetoCodes = detail.rubric().vetoes().stream().map(VetoDefinition::code).toList();
		return SheetForm.parse(params, codes, vetoCodes);
	}

	public boolean present() {
		return !this.selfItems.isEmpty() || !this.districtItems.isEmpty();
	}

}
