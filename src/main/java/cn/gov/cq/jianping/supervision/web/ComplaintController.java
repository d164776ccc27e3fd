package cn.gov.cq.jianping.supervision.web;

import java.time.LocalDate;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.supervision.Complaints;
import cn.gov.cq.jianping.supervision.SupervisionRejectedException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 投诉举报 of one institution (第二十条): record what was received, then record the verification.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
class ComplaintController {

	/** What the record form holds, kept when it is refused. */
	record ComplaintForm(String source, String content, String receivedOn) {
	}

	/** A refused verification, kept beside its complaint. */
	record VerifyForm(long complaintId, Boolean verified, String result, String error) {
	}

	private final Complaints complaints;

	private final Pages pages;

	ComplaintController(Complaints complaints, Pages pages) {
		this.complaints = complaints;
		this.pages = pages;
	}

	@GetMapping("/supervision/institutions/{institutionId}/complaints")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable long institutionId, Model model) {
		return render(user, institutionId, new ComplaintForm(null, null, LocalDate.now().toString()), null, null,
				model);
	}

	@PostMapping("/supervision/institutions/{institutionId}/complaints")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long institutionId,
			@RequestParam(required = false) String source, @RequestParam(required = false) String content,
			@RequestParam(required = false) String receivedOn, Model model, RedirectAttributes redirect) {
		ComplaintForm form = new ComplaintForm(source, content, receivedOn);
		try {
			this.complaints.record(user, institutionId, source, content, Pages.date(receivedOn, "请填写收到日期"));
		}
		catch (SupervisionRejectedException ex) {
			return render(user, institutionId, form, ex.getMessage(), null, model);
		}
		redirect.addFlashAttribute("message", "投诉举报已登记，请核查后记录核查结果");
		return "redirect:/supervision/institutions/" + institutionId + "/complaints";
	}

	@PostMapping("/supervision/institutions/{institutionId}/complaints/{complaintId}/verify")
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long institutionId,
			@PathVariable long complaintId, @RequestParam(required = false) Boolean verified,
			@RequestParam(required = false) String result, Model model, RedirectAttributes redirect) {
		try {
			if (verified == null) {
				throw new SupervisionRejectedException("请选择核查结论");
			}
			this.complaints.verify(user, complaintId, verified, result);
		}
		catch (SupervisionRejectedException ex) {
			return render(user, institutionId, new ComplaintForm(null, null, LocalDate.now().toString()), null,
					new VerifyForm(complaintId, verified, result, ex.getMessage()), model);
		}
		redirect.addFlashAttribute("message", Boolean.TRUE.equals(verified) ? "已记录：经核查属实" : "已记录：经核查不属实");
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
		model.addAttribute("today", LocalDate.now());
		return "supervision/complaints";
	}

}
