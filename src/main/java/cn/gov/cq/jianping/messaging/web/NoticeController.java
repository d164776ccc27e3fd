package cn.gov.cq.jianping.messaging.web;

import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.messaging.StaffNotices;
import cn.gov.cq.jianping.shared.Districts;

import jakarta.validation.Valid;

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
 * 通知公告: every signed-in user reads the notices that reached them; the bureau and the
 * center publish them.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class NoticeController {

	static final String VIEW_LIST = "messaging/notices";

	static final String VIEW_FORM = "messaging/notice-form";

	static final Map<String, String> ROLE_LABELS = Map.of("INSTITUTION", "机构", "DISTRICT", "区县人社部门", "CENTER", "鉴定指导中心",
			"EXPERT", "评估专家", "BUREAU", "市人社局");

	private final StaffNotices notices;

	NoticeController(StaffNotices notices) {
		this.notices = notices;
	}

	@GetMapping("/notices")
	String showNotices(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notices", this.notices.visibleTo(user));
		model.addAttribute("mayPublish", StaffNotices.mayPublish(user));
		return VIEW_LIST;
	}

	@GetMapping("/notices/{id}")
	String showNotice(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("notice", this.notices.get(user, id));
		return "messaging/notice";
	}

	@GetMapping("/notices/new")
	@PreAuthorize("hasAnyRole('BUREAU','CENTER')")
	String initCreationForm(Model model) {
		return form(NoticeForm.empty(), model);
	}

	@PostMapping("/notices")
	@PreAuthorize("hasAnyRole('BUREAU','CENTER')")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") NoticeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.roles() != null && !StaffNotices.AUDIENCE_ROLES.containsAll(form.roles())) {
			result.rejectValue("roles", "notice.roles", "发送对象无效");
		}
		if (form.districts() != null && form.districts().stream().anyMatch(d -> Districts.all().byCode(d).isEmpty())) {
			result.rejectValue("districts", "notice.districts", "区县无效");
		}
		if (result.hasErrors()) {
			return form(form, model);
		}
		long id = this.notices.publish(user, form.title().trim(), form.body().trim(), form.roles(),
				form.districts() == null ? List.of() : form.districts());
		redirect.addFlashAttribute("message", "通知公告已发布");
		return "redirect:/notices/" + id;
	}

	private String form(NoticeForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("roleLabels", ROLE_LABELS);
		model.addAttribute("audienceRoles", StaffNotices.AUDIENCE_ROLES);
		model.addAttribute("districts", Districts.all().list());
		return VIEW_FORM;
	}

}
