package cn.gov.cq.jianping.supervision.web;

import java.time.LocalDate;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.supervision.Rectifications;
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
 * 责令限期整改: the orders a user may see; the institution reports, the district office or the
 * center verifies; staff issue an order after a finding (第十八条, 第二十条).
 */
@Controller
class RectificationController {

	private static final String VIEW_LIST = "supervision/rectifications";

	private static final String VIEW_DETAIL = "supervision/rectification";

	private final Rectifications rectifications;

	private final Pages pages;

	RectificationController(Rectifications rectifications, Pages pages) {
		this.rectifications = rectifications;
		this.pages = pages;
	}

	/** What the issue form holds, kept when it is refused. */
	record IssueForm(Long institutionId, String reason, String deadline) {
	}

	@GetMapping("/supervision/rectifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long institutionId,
			Model model) {
		return list(user, new IssueForm(institutionId, null, null), null, model);
	}

	@PostMapping("/supervision/rectifications")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	String issue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long institutionId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String deadline,
			Model model, RedirectAttributes redirect) {
		IssueForm form = new IssueForm(institutionId, reason, deadline);
		try {
			if (institutionId == null) {
				throw new SupervisionRejectedException("请选择机构");
			}
			long id = this.rectifications.issue(user, institutionId, reason, Pages.date(deadline, "请填写整改期限"));
			redirect.addFlashAttribute("message", "已向“" + this.pages.nameOf(institutionId) + "”发出整改通知");
			return "redirect:/supervision/rectifications/" + id;
		}
		catch (SupervisionRejectedException ex) {
			return list(user, form, ex.getMessage(), model);
		}
	}

	@GetMapping("/supervision/rectifications/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return render(user, id, model);
	}

	@PostMapping("/supervision/rectifications/{id}/report")
	@PreAuthorize("hasRole('INSTITUTION')")
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String report, Model model, RedirectAttributes redirect) {
		try {
			this.rectifications.submitReport(user, id, report);
		}
		catch (SupervisionRejectedException ex) {
			model.addAttribute("reportError", ex.getMessage());
			model.addAttribute("reportText", report);
			return render(user, id, model);
		}
		redirect.addFlashAttribute("message", "整改报告已提交，等待验收");
		return "redirect:/supervision/rectifications/" + id;
	}

	@PostMapping("/supervision/rectifications/{id}/verify")
	@PreAuthorize("hasAnyRole('CENTER','DISTRICT')")
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Boolean accepted, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		try {
			if (accepted == null) {
				throw new SupervisionRejectedException("请选择验收结论");
			}
			this.rectifications.verify(user, id, accepted, note);
		}
		catch (SupervisionRejectedException ex) {
			model.addAttribute("verifyError", ex.getMessage());
			model.addAttribute("verifyNote", note);
			model.addAttribute("verifyAccepted", accepted);
			return render(user, id, model);
		}
		redirect.addFlashAttribute("message", accepted ? "整改验收通过，机构恢复正常" : "整改验收不通过，已退回机构继续整改");
		return "redirect:/supervision/rectifications/" + id;
	}

	private String list(CurrentUser user, IssueForm form, String issueError, Model model) {
		model.addAttribute("orders", this.rectifications.visibleTo(user));
		boolean canIssue = Pages.isStaff(user);
		model.addAttribute("canIssue", canIssue);
		if (canIssue) {
			model.addAttribute("institutions", this.pages.institutionsOf(user));
			model.addAttribute("form", form);
			model.addAttribute("issueError", issueError);
			model.addAttribute("minDeadline", LocalDate.now().plusDays(1));
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
