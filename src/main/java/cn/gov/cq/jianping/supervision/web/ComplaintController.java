package cn.gov.cq.jianping.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.supervision.Complaints;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 投诉举报 of one institution (第二十条): record what was received, then record the verification.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
class ComplaintController {

	/** What the record form holds, kept as typed when it is refused. */
	record ComplaintForm(
			@NotBlank(message = "{complaint.required}") @Size(max = 100,
					message = "{complaint.source.size}") String source,
			@NotBlank(message = "{complaint.required}") String content, String receivedOn) {
	}

	/** What a verification form holds. */
	record VerifyInput(@NotNull(message = "{complaint.verified.required}") Boolean verified,
			@NotBlank(message = "{complaint.result.required}") String result) {
	}

	/** A refused verification, kept beside its complaint. */
	record VerifyForm(long complaintId, Boolean verified, String result, String error) {
	}

	/** The date received: given, a date, and not after today. */
	static final class ReceivedOnRule implements Validator {

		private final Clock clock;

		ReceivedOnRule(Clock clock) {
			this.clock = clock;
		}

		@Override
		public boolean supports(Class<?> type) {
			return ComplaintForm.class.equals(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ComplaintForm form = (ComplaintForm) target;
			Dates.parse(form.receivedOn(), "receivedOn", "complaint.receivedOn.required", errors)
				.filter(date -> date.isAfter(LocalDate.now(this.clock)))
				.ifPresent(date -> errors.rejectValue("receivedOn", "complaint.receivedOn.required"));
		}

	}

	private final Complaints complaints;

	private final Pages pages;

	private final FormErrors errors;

	private final Clock clock;

	ComplaintController(Complaints complaints, Pages pages, FormErrors errors, Clock clock) {
		this.complaints = complaints;
		this.pages = pages;
		this.errors = errors;
		this.clock = clock;
	}

	@InitBinder("form")
	void rules(WebDataBinder binder) {
		if (binder.getTarget() == null || binder.getTarget() instanceof ComplaintForm) {
			binder.addValidators(new ReceivedOnRule(this.clock));
		}
	}

	@GetMapping("/supervision/institutions/{institutionId}/complaints")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long institutionId, Model model) {
		return render(user, institutionId, new ComplaintForm(null, null, LocalDate.now(this.clock).toString()), null,
				null, model);
	}

	@PostMapping("/supervision/institutions/{institutionId}/complaints")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long institutionId,
			@Validated @ModelAttribute("form") ComplaintForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(user, institutionId, form, this.errors.first(result, "source", "content", "receivedOn"), null,
					model);
		}
		this.complaints.record(user, institutionId, form.source(), form.content(),
				LocalDate.parse(form.receivedOn().trim()));
		redirect.addFlashAttribute("message", "投诉举报已登记，请核查后记录核查结果");
		return "redirect:/supervision/institutions/" + institutionId + "/complaints";
	}

	@PostMapping("/supervision/institutions/{institutionId}/complaints/{complaintId}/verify")
	@OnRefusal("/supervision/institutions/{institutionId}/complaints")
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long institutionId,
			@PathVariable long complaintId, @Validated @ModelAttribute("verify") VerifyInput input,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return render(user, institutionId, new ComplaintForm(null, null, LocalDate.now(this.clock).toString()),
					null, new VerifyForm(complaintId, input.verified(), input.result(),
							this.errors.first(result, "verified", "result")),
					model);
		}
		this.complaints.verify(user, complaintId, input.verified(), input.result());
		redirect.addFlashAttribute("message", input.verified() ? "已记录：经核查属实" : "已记录：经核查不属实");
		return "redirect:/supervision/institutions/" + institutionId + "/complaints";
	}

	private String render(CurrentUser user, long institutionId, ComplaintForm form, String recordError,
			VerifyForm verifyForm, Model model) {
		model.addAttribute("complaints", this.complaints.of(user, institutionId));
		model.addAttribute("institutionId", institutionId);
		model.addAttribute("institutionName", this.pages.nameOf(institutionId));
		model.addAttribute("form", form);
		model.addAttribute("recordError", recordError);
		model.addAttribute("verifyForms", verifyForm == null ? Map.of() : Map.of(verifyForm.complaintId(), verifyForm));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "supervision/complaints";
	}

}
