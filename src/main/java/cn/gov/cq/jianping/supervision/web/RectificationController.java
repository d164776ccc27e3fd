package cn.gov.cq.jianping.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.document.IssuedDocumentResponse;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.supervision.RectificationListing;
import cn.gov.cq.jianping.supervision.Rectifications;
import cn.gov.cq.jianping.shared.web.list.CsvExport;
import cn.gov.cq.jianping.shared.web.list.ListModel;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 责令限期整改: the orders a user may see; the institution reports, the district office or the
 * center verifies; staff issue an order after a finding (第十八条, 第二十条).
 */
@Controller
class RectificationController {

	private static final String VIEW_LIST = "supervision/rectifications";

	private static final String VIEW_DETAIL = "supervision/rectification";

	/** What the issue form holds, kept as typed when it is refused. */
	record IssueForm(@NotNull(message = "{rectification.institution.required}") Long institutionId,
			@NotBlank(message = "{rectification.reason.required}") String reason, String deadline) {
	}

	/** What the institution's report form holds. */
	record ReportForm(@NotBlank(message = "{rectification.report.required}") String report) {
	}

	/** What the verification form holds. */
	record VerifyForm(@NotNull(message = "{rectification.accepted.required}") Boolean accepted,
			@NotBlank(message = "{rectification.note.required}") String note) {
	}

	/** The deadline: given, a date, and after today. */
	static final class DeadlineRule implements Validator {

		private final Clock clock;

		DeadlineRule(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean supports(Class<?> type) {
			return IssueForm.class.equals(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			IssueForm form = (IssueForm) target;
			Dates.parse(form.deadline(), "deadline", "rectification.deadline.required", errors)
				.filter(date -> !date.isAfter(LocalDate.now(this.clock)))
				.ifPresent(date -> errors.rejectValue("deadline", "rectification.deadline.afterToday"));
		}

	}

	private final Rectifications rectifications;

	private final Pages pages;

	private final FormErrors errors;

	private final RectificationListing listing;

	private final Clock clock;

	RectificationController(Rectifications rectifications, Pages pages, FormErrors errors, RectificationListing listing,
			Clock clock) {
		this.rectifications = rectifications;
		this.pages = pages;
		this.errors = errors;
		this.listing = listing;
		this.clock = clock;
	}

	@InitBinder("form")
	void rules(WebDataBinder binder) {
		if (binder.getTarget() == null || binder.getTarget() instanceof IssueForm) {
			binder.addValidators(new DeadlineRule(this.clock));
		}
	}

	@GetMapping("/supervision/rectifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long institutionId,
			@RequestParam Map<String, String> params, Model model) {
		model.addAttribute("query", RectificationListing.query(params));
		model.addAttribute("print", ListModel.print(params));
		return list(user, new IssueForm(institutionId, null, null), null, model);
	}

	@GetMapping("/supervision/rectifications/export.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params) {
		List<List<Object>> rows = this.listing.all(user, RectificationListing.query(params))
			.stream()
			.map(RectificationListing.Row::cells)
			.toList();
		return CsvExport.download("整改通知.csv", RectificationListing.EXPORT_HEADER, rows);
	}

	@PostMapping("/supervision/rectifications")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	@OnRefusal("/supervision/rectifications")
	String issue(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute("form") IssueForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return list(user, form, this.errors.first(result, "institutionId", "reason", "deadline"), model);
		}
		long id = this.rectifications.issue(user, form.institutionId(), form.reason(),
				LocalDate.parse(form.deadline().trim()));
		redirect.addFlashAttribute("message", "已向“" + this.pages.nameOf(form.institutionId()) + "”发出整改通知");
		return "redirect:/supervision/rectifications/" + id;
	}

	@GetMapping("/supervision/rectifications/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return render(user, id, model);
	}

	/**
	 * 整改通知书 as issued: the institution concerned, the center and the bureau, a district
	 * office for its own institutions; anyone else gets 404.
	 */
	@GetMapping("/supervision/rectifications/{id:\\d+}.pdf")
	ResponseEntity<byte[]> notice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			WebRequest request) {
		return IssuedDocumentResponse.of(this.rectifications.notice(user, id), request, false);
	}

	@PostMapping("/supervision/rectifications/{id}/report")
	@PreAuthorize("hasRole('INSTITUTION')")
	@OnRefusal("/supervision/rectifications/{id}")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute("reportForm") ReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("reportError", this.errors.first(result, "report"));
			model.addAttribute("reportText", form.report());
			return render(user, id, model);
		}
		this.rectifications.submitReport(user, id, form.report());
		redirect.addFlashAttribute("message", "整改报告已提交，等待验收");
		return "redirect:/supervision/rectifications/" + id;
	}

	@PostMapping("/supervision/rectifications/{id}/verify")
	@PreAuthorize("hasAnyRole('CENTER','DISTRICT')")
	@OnRefusal("/supervision/rectifications/{id}")
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute("verifyForm") VerifyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("verifyError", this.errors.first(result, "accepted", "note"));
			model.addAttribute("verifyNote", form.note());
			model.addAttribute("verifyAccepted", form.accepted());
			return render(user, id, model);
		}
		this.rectifications.verify(user, id, form.accepted(), form.note());
		redirect.addFlashAttribute("message", form.accepted() ? "整改验收通过，机构恢复正常" : "整改验收不通过，已退回机构继续整改");
		return "redirect:/supervision/rectifications/" + id;
	}

	private String list(CurrentUser user, IssueForm form, String issueError, Model model) {
		// the list pattern (query bar, scoped filters, counts, sort, paging, export,
		// print)
		PageQuery query = model.getAttribute("query") instanceof PageQuery asked ? asked
				: RectificationListing.query(Map.of());
		boolean print = Boolean.TRUE.equals(model.getAttribute("print"));
		ListModel.put(model, this.listing.page(user, query, "/supervision/rectifications"),
				() -> this.listing.all(user, query), print, "orders");
		model.addAttribute("statusOptions", RectificationListing.statuses());
		boolean canIssue = Pages.isStaff(user);
		model.addAttribute("canIssue", canIssue);
		if (canIssue) {
			model.addAttribute("institutions", this.pages.institutionsOf(user));
			model.addAttribute("form", form);
			model.addAttribute("issueError", issueError);
			model.addAttribute("minDeadline", LocalDate.now(this.clock).plusDays(1));
		}
		return VIEW_LIST;
	}

	private String render(CurrentUser user, long id, Model model) {
		Rectifications.OrderView order = this.rectifications.get(user, id);
		model.addAttribute("order", order);
		model.addAttribute("canReport", user.hasRole(Role.INSTITUTION) && order.open());
		model.addAttribute("canVerify", (user.hasRole(Role.DISTRICT) || user.hasRole(Role.CENTER)) && order.reported());
		model.addAttribute("staff", Pages.isStaff(user));
		return VIEW_DETAIL;
	}

}
