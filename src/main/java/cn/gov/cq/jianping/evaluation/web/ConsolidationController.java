package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.evaluation.Attempt;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.DailySuggestions;
import cn.gov.cq.jianping.evaluation.OnSiteScoring;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.VetoDefinition;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.scoring.model.CriterionScore;
import cn.gov.cq.jianping.scoring.model.Disagreement;
import cn.gov.cq.jianping.scoring.model.VetoFinding;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The panel lead consolidates the experts' sheets, records veto findings, the panel
 * opinion and, for 组长合议, the reason of each consensus score outside the experts' range,
 * and submits the initial grade (初定等级) to the center, which reports it to the bureau.
 */
@Controller
@PreAuthorize("hasRole('EXPERT')")
class ConsolidationController {

	private static final String VIEW = "evaluation/case/consolidate";

	/** Experts this far apart on one criterion are highlighted for the lead. */
	static final BigDecimal WIDE_SPREAD = BigDecimal.ONE;

	private final CaseQueries queries;

	private final OnSiteScoring onSite;

	ConsolidationController(CaseQueries queries, OnSiteScoring onSite) {
		this.queries = queries;
		this.onSite = onSite;
	}

	@GetMapping("/cases/{id}/consolidate")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = SheetForm.empty();
		// Prefill the vetoes the institution declared; the lead judges severity.
		CaseViews.SheetView self = detail.sheet(SheetKind.SELF);
		SheetParams prefill = new SheetParams();
		if (self != null) {
			for (CaseViews.VetoView veto : self.vetoes()) {
				SheetParams.VetoFields declared = new SheetParams.VetoFields();
				declared.setDeclared("true");
				declared.setReason(veto.reason() == null ? "" : "机构申报：" + veto.reason());
				prefill.getVeto().put(veto.code(), declared);
			}
			form = parse(detail, prefill);
		}
		return render(user, detail, form, Map.of(), List.of(), model);
	}

	@PostMapping("/cases/{id}/consolidate/preview")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute SheetParams params,
			Model model) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		compute(user, detail, form, params.givenReasons(), findings(form), model);
		return VIEW + " :: result";
	}

	@PostMapping("/cases/{id}/consolidate/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute SheetParams params,
			Model model, RedirectAttributes redirect) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		Map<String, String> reasons = params.givenReasons();
		model.addAttribute("reasons", params.getReasons());
		if (form.hasErrors()) {
			model.addAttribute("error", "未提交：请先修改标红的内容");
			return render(user, detail, form, reasons, findings(form), model);
		}
		Attempt<Void> submitted = this.onSite.trySubmitInitialGrade(user, id, form.vetoes(), form.consensus(), reasons,
				form.opinion());
		if (!submitted.done()) {
			form.reject(submitted.errors());
			model.addAttribute("error", submitted.refusal() != null ? "未提交：" + submitted.refusal() : "未提交：请先修改标红的内容");
			return render(user, detail, form, reasons, findings(form), model);
		}
		redirect.addFlashAttribute("message", "初定等级已提交，报送鉴定指导中心审核");
		return "redirect:/cases/" + id;
	}

	private static SheetForm parse(CaseViews.CaseDetail detail, SheetParams params) {
		List<String> codes = detail.rubric().criteria().stream().map(CriterionDefinition::code).toList();
		List<String> vetoCodes = detail.rubric().vetoes().stream().map(VetoDefinition::code).toList();
		return SheetForm.parse(params, codes, vetoCodes);
	}

	/** The vetoes that can be counted in a preview: those with a severity. */
	private static List<VetoFinding> findings(SheetForm form) {
		List<VetoFinding> findings = new ArrayList<>();
		form.vetoes().forEach((code, veto) -> {
			if (veto.severity() != null) {
				findings.add(new VetoFinding(code, veto.severity(), veto.reason()));
			}
		});
		return findings;
	}

	private String render(CurrentUser user, CaseViews.CaseDetail detail, SheetForm form, Map<String, String> reasons,
			List<VetoFinding> findings, Model model) {
		compute(user, detail, form, reasons, findings, model);
		model.addAttribute("detail", detail);
		model.addAttribute("c", detail.summary());
		model.addAttribute("rubric", detail.rubric());
		model.addAttribute("vetoSuggestions", DailySuggestions.vetoes(detail.rubric(), detail.dailyFacts()));
		return VIEW;
	}

	private void compute(CurrentUser user, CaseViews.CaseDetail detail, SheetForm form, Map<String, String> reasons,
			List<VetoFinding> findings, Model model) {
		boolean consensus = ConsolidationMethod.LEAD_CONSENSUS.label().equals(detail.consolidationMethod());
		Attempt<CaseViews.Consolidation> attempt = this.onSite.tryConsolidate(user, detail.summary().id(), findings,
				consensus ? form.consensus() : Map.of(), consensus ? reasons : Map.of());
		CaseViews.Consolidation consolidation = attempt.value();
		String problem = attempt.refusal();
		if (!attempt.errors().isEmpty()) {
			form.reject(attempt.errors());
			problem = consensus && form.consensus().isEmpty() ? "请逐条填写组长合议分后预览" : "请修改标红的内容";
		}
		Map<String, CriterionScore> scores = new LinkedHashMap<>();
		Map<String, Disagreement> disagreements = new LinkedHashMap<>();
		if (consolidation != null) {
			consolidation.result().criteria().forEach(s -> scores.put(s.code(), s));
			consolidation.disagreements().forEach(d -> disagreements.put(d.criterionCode(), d));
		}
		model.addAttribute("form", form);
		if (!model.containsAttribute("reasons")) {
			model.addAttribute("reasons", Map.of());
		}
		model.addAttribute("consolidation", consolidation);
		model.addAttribute("result", consolidation == null ? null : consolidation.result());
		model.addAttribute("problem", problem);
		model.addAttribute("consensusMethod", consensus);
		model.addAttribute("criterionScores", scores);
		model.addAttribute("disagreements", disagreements);
		model.addAttribute("wide",
				disagreements.values()
					.stream()
					.filter(d -> d.spread() != null && d.spread().compareTo(WIDE_SPREAD) >= 0)
					.map(Disagreement::criterionCode)
					.collect(Collectors.toSet()));
		model.addAttribute("pendingSeverity", form.vetoes().values().stream().anyMatch(v -> v.severity() == null));
	}

}
