package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.CenterReviews;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.scoring.model.ConsensusDeviation;
import cn.gov.cq.jianping.scoring.model.Disagreement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 中心审核 (第十一条): the center sees the experts' sheets, the consolidation, the vetoes, the
 * experts' disagreement and the daily record, then reports the initial grade to the
 * bureau or returns the case to the panel with its reasons.
 */
@Controller
@PreAuthorize("hasRole('CENTER')")
class CenterReviewController {

	static final String VIEW = "evaluation/case/center-review";

	private final CaseQueries queries;

	private final CenterReviews reviews;

	CenterReviewController(CaseQueries queries, CenterReviews reviews) {
		this.queries = queries;
		this.reviews = reviews;
	}

	@GetMapping("/cases/{id}/center-review")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return render(user, id, "", "", null, model);
	}

	@PostMapping("/cases/{id}/center-review/report")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute CenterReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("reportError", FormErrors.of(result));
			return render(user, id, form.opinion(), "", null, model);
		}
		RefusalTarget.to("/cases/" + id + "/center-review").declare();
		this.reviews.reportToBureau(user, id, form.opinion());
		redirect.addFlashAttribute("message", "评估结果和初定等级已报送市人力社保局审核");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/center-review/return")
	String returnToPanel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ReturnForm form, BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(user, id, "", form.reason(), FormErrors.of(result), model);
		}
		RefusalTarget.to("/cases/" + id + "/center-review").declare();
		this.reviews.returnToPanel(user, id, form.reason());
		redirect.addFlashAttribute("message", "已退回专家组：组长重新汇总后再次提交");
		return "redirect:/cases/" + id;
	}

	private String render(CurrentUser user, long id, String opinion, String reason, String returnError, Model model) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		CaseViews.PanelFindings findings = this.reviews.findings(user, id);
		Map<String, Disagreement> disagreements = new LinkedHashMap<>();
		findings.disagreements().forEach(d -> disagreements.put(d.criterionCode(), d));
		Map<String, ConsensusDeviation> deviations = new LinkedHashMap<>();
		findings.deviations().forEach(d -> deviations.put(d.criterionCode(), d));
		Set<String> wide = findings.disagreements()
			.stream()
			.filter(d -> d.spread() != null && d.spread().compareTo(ConsolidationController.WIDE_SPREAD) >= 0)
			.map(Disagreement::criterionCode)
			.collect(Collectors.toSet());
		model.addAttribute("detail", detail);
		model.addAttribute("c", detail.summary());
		model.addAttribute("columns", CasePage.columns(detail));
		CaseViews.SheetView panelSheet = detail.sheet(SheetKind.PANEL);
		Map<String, BigDecimal> panelScores = new LinkedHashMap<>();
		if (panelSheet != null) {
			panelSheet.entries().forEach((code, entry) -> panelScores.put(code, entry.input().value()));
		}
		model.addAttribute("panelSheet", panelSheet);
		model.addAttribute("panelScores", panelScores);
		model.addAttribute("disagreements", disagreements);
		model.addAttribute("deviations", deviations);
		model.addAttribute("wide", wide);
		model.addAttribute("mayDecide", detail.summary().stage().allows(user.role(), CaseAction.REPORT_TO_BUREAU));
		model.addAttribute("opinion", opinion == null ? "" : opinion);
		model.addAttribute("returnReason", reason == null ? "" : reason);
		model.addAttribute("returnError", returnError);
		return VIEW;
	}

}
