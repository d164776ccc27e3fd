package cn.gov.cq.jianping.evaluation.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.evaluation.BatchApprovals;
import cn.gov.cq.jianping.evaluation.BureauApprovals;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.ReviewListing;
import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	private final ReviewListing listing;

	private final BatchApprovals batch;

	ReviewController(EvaluationRounds rounds, CaseQueries queries, BureauApprovals approvals, ReviewListing listing,
			BatchApprovals batch) {
		this.rounds = rounds;
		this.queries = queries;
		this.approvals = approvals;
		this.listing = listing;
		this.batch = batch;
	}

	/**
	 * The review, filtered, counted per stage and paged in SQL ({@link ReviewListing}): a
	 * fixed number of statements however many cases the round has.
	 */
	@GetMapping("/rounds/{id}/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, Model model) {
		EvaluationRounds.RoundView round = this.rounds.view(id);
		ReviewListing.ReviewPage page = this.listing.page(user, id, ReviewListing.query(id, params));
		List<CaseViews.ReviewRow> rows = page.list().rows();
		model.addAttribute("round", round);
		model.addAttribute("list", page.list());
		model.addAttribute("rows", rows);
		model.addAttribute("approvals", page.approvals());
		model.addAttribute("pendingCount", page.pending());
		model.addAttribute("filteredPending",
				page.list()
					.counts()
					.stream()
					.filter(c -> c.value().equals(CaseStage.BUREAU_REVIEW.name()))
					.mapToLong(ListPage.Count::count)
					.sum());
		model.addAttribute("decidable",
				rows.stream()
					.filter(r -> r.stage().allows(user.role(), CaseAction.APPROVE))
					.map(CaseViews.ReviewRow::caseId)
					.collect(Collectors.toSet()));
		model.addAttribute("canDecide", user.hasRole(Role.BUREAU));
		return VIEW_REVIEW;
	}

	/**
	 * Approves every pending case matching the page's filters, however many, in one
	 * transaction; expected is the count the bureau was shown.
	 */
	@PreAuthorize("hasRole('BUREAU')")
	@PostMapping("/rounds/{id}/review/approve-filtered")
	String approveFiltered(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam Map<String, String> params, @RequestParam(defaultValue = "0") long expected,
			RedirectAttributes redirect) {
		this.rounds.view(id);
		PageQuery query = ReviewListing.query(id, params);
		String back = query.withPage(0).href("/rounds/" + id + "/review");
		RefusalTarget.to(back).suffixed("（筛选结果中的机构均未审核通过）").declare();
		int approved = this.batch.approveFiltered(user, id, query, expected);
		redirect.addFlashAttribute("message", "已按筛选结果审核通过 " + approved + " 个机构的初定等级");
		return "redirect:" + back;
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
