package cn.gov.cq.jianping.evaluation.web;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.evaluation.BureauApprovals;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

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
 * 市局审核: the bureau sees the self, district and panel totals side by side, approves the
 * initial grades (one by one or in a batch) or returns a case to the center with a
 * reason. The center may look but not act; the service refuses anyone but the bureau.
 */
@Controller
class ReviewController {

	private static final String VIEW_REVIEW = "evaluation/round/review";

	private final EvaluationRounds rounds;

	private final CaseQueries queries;

	private final BureauApprovals approvals;

	ReviewController(EvaluationRounds rounds, CaseQueries queries, BureauApprovals approvals) {
		this.rounds = rounds;
		this.queries = queries;
		this.approvals = approvals;
	}

	/** Who approved a case and when, for the approved rows. */
	record Approval(String by, Instant at) {
	}

	@GetMapping("/rounds/{id}/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		EvaluationRounds.RoundView round = this.rounds.view(id);
		List<CaseViews.ReviewRow> rows = this.approvals.review(user, id);
		Map<Long, Approval> approvals = new HashMap<>();
		for (CaseViews.ReviewRow row : rows) {
			if (row.stage() == CaseStage.APPROVED) {
				CaseViews.CaseDetail detail = this.queries.detail(user, row.caseId());
				approvals.put(row.caseId(), new Approval(detail.approvedBy(), detail.approvedAt()));
			}
		}
		model.addAttribute("round", round);
		model.addAttribute("rows", rows);
		model.addAttribute("approvals", approvals);
		model.addAttribute("pendingCount", rows.stream().filter(r -> r.stage() == CaseStage.BUREAU_REVIEW).count());
		model.addAttribute("decidable",
				rows.stream()
					.filter(r -> r.stage().allows(user.role(), CaseAction.APPROVE))
					.map(CaseViews.ReviewRow::caseId)
					.collect(Collectors.toSet()));
		model.addAttribute("canDecide", user.hasRole(Role.BUREAU));
		return VIEW_REVIEW;
	}

	@PreAuthorize("hasRole('BUREAU')")
	@PostMapping("/rounds/{id}/review/approve")
	String approveAll(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ApprovalSelectionForm form, BindingResult result, RedirectAttributes redirect) {
		this.rounds.view(id);
		RefusalTarget refusal = RefusalTarget.to("/rounds/" + id + "/review").suffixed("（本次勾选的机构均未审核通过）");
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", refusal.message(FormErrors.of(result)));
			return "redirect:/rounds/" + id + "/review";
		}
		refusal.declare();
		int approved = this.approvals.approveAll(user, form.caseIds());
		redirect.addFlashAttribute("message", "已审核通过 " + approved + " 个机构的初定等级");
		return "redirect:/rounds/" + id + "/review";
	}

	@PreAuthorize("hasRole('BUREAU')")
	@PostMapping("/cases/{caseId}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId, RedirectAttributes redirect) {
		CaseViews.CaseSummary summary = this.queries.detail(user, caseId).summary();
		RefusalTarget.to("/rounds/" + summary.roundId() + "/review#review-" + caseId).declare();
		this.approvals.approve(user, caseId);
		redirect.addFlashAttribute("message", "“" + summary.institutionName() + "”审核通过");
		return "redirect:/rounds/" + summary.roundId() + "/review#review-" + caseId;
	}

	@PreAuthorize("hasRole('BUREAU')")
	@PostMapping("/cases/{caseId}/return")
	String returnToCenter(@AuthenticationPrincipal CurrentUser user, @PathVariable long caseId,
			@Valid @ModelAttribute ReturnForm form, BindingResult result, RedirectAttributes redirect) {
		CaseViews.CaseSummary summary = this.queries.detail(user, caseId).summary();
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", FormErrors.of(result));
			redirect.addFlashAttribute("returnError", caseId);
			return "redirect:/rounds/" + summary.roundId() + "/review#review-" + caseId;
		}
		RefusalTarget.to("/rounds/" + summary.roundId() + "/review#review-" + caseId)
			.keeping("returnError", caseId)
			.declare();
		this.approvals.returnToCenter(user, caseId, form.reason());
		redirect.addFlashAttribute("message", "“" + summary.institutionName() + "”已退回鉴定指导中心");
		return "redirect:/rounds/" + summary.roundId() + "/review#review-" + caseId;
	}

}
