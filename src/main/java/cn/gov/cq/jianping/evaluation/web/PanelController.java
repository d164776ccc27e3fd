package cn.gov.cq.jianping.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.evaluation.Attempt;
import cn.gov.cq.jianping.evaluation.BureauApprovals;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.DistrictReviews;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.evaluation.Panels;
import cn.gov.cq.jianping.evaluation.SelfAssessments;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.VisitDates;
import cn.gov.cq.jianping.evaluation.model.VisitSchedule;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The center's page of one case (第十一条): forming the expert panel, going on after a missed
 * self-assessment or district deadline, and reopening an approved case.
 */
@Controller
@PreAuthorize("hasRole('CENTER')")
class PanelController {

	private static final String VIEW_PANEL = "evaluation/panel/form";

	private final CaseQueries queries;

	private final SelfAssessments selfAssessments;

	private final DistrictReviews districtReviews;

	private final ExpertPool pool;

	private final Panels panels;

	private final BureauApprovals approvals;

	private final VisitDates visits;

	private final Clock clock;

	/** 实际现场评审日期 and why the visit came earlier; the date is parsed here, in Chinese. */
	record ActualVisitForm(String actualDate,
			@NotBlank(message = "{evaluation.visit.reason.required}") @Size(max = 1000,
					message = "{evaluation.reason.size}") String reason) {
	}

	PanelController(CaseQueries queries, SelfAssessments selfAssessments, DistrictReviews districtReviews,
			ExpertPool pool, Panels panels, BureauApprovals approvals, VisitDates visits, Clock clock) {
		this.queries = queries;
		this.selfAssessments = selfAssessments;
		this.districtReviews = districtReviews;
		this.pool = pool;
		this.panels = panels;
		this.approvals = approvals;
		this.visits = visits;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/panel")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		List<Long> members = detail.panel().stream().map(CaseViews.MemberView::expertId).toList();
		Long lead = detail.panel()
			.stream()
			.filter(CaseViews.MemberView::lead)
			.map(CaseViews.MemberView::expertId)
			.findFirst()
			.orElse(null);
		return panelView(user, detail, members, lead, detail.visitDate(), model);
	}

	@PostMapping("/cases/{id}/panel")
	String formPanel(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) List<Long> expertIds, @RequestParam(required = false) Long leadId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate visitDate,
			Model model, RedirectAttributes redirect) {
		// a visit date gone by is refused beside the field (today in Asia/Shanghai is
		// fine)
		String dateRefusal = VisitSchedule.refusalOfScheduled(visitDate, today()).orElse(null);
		if (dateRefusal != null) {
			model.addAttribute("visitDateError", dateRefusal);
			return panelView(user, this.queries.detail(user, id), expertIds == null ? List.of() : expertIds, leadId,
					visitDate, model);
		}
		Attempt<Void> formed = this.panels.tryFormPanel(user, id, expertIds, leadId, visitDate);
		if (!formed.done()) {
			model.addAttribute("panelError", formed.refusal());
			return panelView(user, this.queries.detail(user, id), expertIds == null ? List.of() : expertIds, leadId,
					visitDate, model);
		}
		redirect.addFlashAttribute("message", "专家组已组建，专家签署无利益冲突声明后即可查看材料并评分");
		return "redirect:/cases/" + id + "/panel";
	}

	/**
	 * The center records that the visit took place before the scheduled date (audited).
	 */
	@PostMapping("/cases/{id}/actual-visit")
	String actualVisit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ActualVisitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		LocalDate actual = null;
		String dateError = null;
		try {
			actual = form.actualDate() == null || form.actualDate().isBlank() ? null
					: LocalDate.parse(form.actualDate().trim());
		}
		catch (DateTimeParseException ex) {
			dateError = "日期格式不正确，应为 yyyy-MM-dd";
		}
		String reasonError = result.getFieldError("reason") == null ? null
				: result.getFieldError("reason").getDefaultMessage();
		if (dateError == null && reasonError == null) {
			Attempt<Void> recorded = this.visits.tryRecordActualVisit(user, id, actual, form.reason());
			if (recorded.done()) {
				redirect.addFlashAttribute("message", "已记录实际现场评审日期 " + actual + "，专家自该日起可现场评分");
				return "redirect:/cases/" + id + "/panel";
			}
			dateError = recorded.refusal();
		}
		model.addAttribute("actualDateError", dateError);
		model.addAttribute("actualReasonError", reasonError);
		model.addAttribute("actualForm", form);
		return show(user, id, model);
	}

	@PostMapping("/cases/{id}/proceed-without-self")
	String proceedWithoutSelf(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		RefusalTarget.to("/cases/" + id + "/panel").declare();
		this.selfAssessments.proceedWithoutSelfAssessment(user, id);
		redirect.addFlashAttribute("message", "机构逾期未自评，已转入专家组评估；案件将标注“未自评”");
		return "redirect:/cases/" + id + "/panel";
	}

	@PostMapping("/cases/{id}/proceed-without-district")
	String proceedWithoutDistrict(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		RefusalTarget.to("/cases/" + id + "/panel").declare();
		this.districtReviews.proceedWithoutDistrictReview(user, id);
		redirect.addFlashAttribute("message", "区县逾期未初评，已转入专家组评估；案件将标注“区县未初评”");
		return "redirect:/cases/" + id + "/panel";
	}

	@PostMapping("/cases/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ReopenForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", FormErrors.of(result));
			redirect.addFlashAttribute("reopenReason", form.reason());
			return "redirect:/cases/" + id + "/panel";
		}
		RefusalTarget.to("/cases/" + id + "/panel").keeping("reopenReason", form.reason()).declare();
		this.approvals.reopen(user, id, form.reason());
		redirect.addFlashAttribute("message", "已重新评估：原审核结论作废，案件回到专家组评估");
		return "redirect:/cases/" + id + "/panel";
	}

	private String panelView(CurrentUser user, CaseViews.CaseDetail detail, List<Long> selected, Long lead,
			LocalDate visitDate, Model model) {
		long institutionId = detail.summary().institutionId();
		List<PoolRow> pool = this.pool.expertPool()
			.stream()
			.map(e -> new PoolRow(e, e.conflicts().get(institutionId)))
			.toList();
		model.addAttribute("detail", detail);
		model.addAttribute("summary", detail.summary());
		model.addAttribute("actions", CasePage.PanelActions.of(user, detail.summary().stage()));
		model.addAttribute("pool", pool);
		model.addAttribute("selected", Set.copyOf(selected.stream().filter(Objects::nonNull).toList()));
		model.addAttribute("leadId", lead);
		model.addAttribute("visitDate", visitDate);
		model.addAttribute("panelFormed", !detail.panel().isEmpty());
		model.addAttribute("scoringStarted", !detail.sheets(SheetKind.EXPERT).isEmpty());
		model.addAttribute("today", today());
		if (!model.containsAttribute("actualForm")) {
			model.addAttribute("actualForm", new ActualVisitForm(null, null));
		}
		return VIEW_PANEL;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE);
	}

	/**
	 * An expert of the pool with the conflict declared with this case's institution, if
	 * any.
	 */
	record PoolRow(ExpertPool.ExpertView expert, String conflict) {

		public boolean conflicted() {
			return this.conflict != null;
		}

	}

}
