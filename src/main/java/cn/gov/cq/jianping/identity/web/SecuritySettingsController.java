package cn.gov.cq.jianping.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.identity.SecurityPolicy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 安全管理员 sets password expiry, lockout, the roles that need 动态口令 and the session rules.
 */
@Controller
@PreAuthorize("hasRole('SECADMIN')")
class SecuritySettingsController {

	private static final String VIEW = "identity/security-settings";

	private final SecurityPolicy policy;

	SecuritySettingsController(SecurityPolicy policy) {
		this.policy = policy;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new SecuritySettingsFormValidator());
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return Arrays.asList(Role.values());
	}

	@ModelAttribute("mandatoryRoles")
	Set<Role> mandatoryRoles() {
		return SecurityPolicy.mandatoryMfaRoles();
	}

	@GetMapping("/security/settings")
	String initForm(Model model) {
		model.addAttribute("form", SecuritySettingsForm.of(this.policy.current()));
		return VIEW;
	}

	@PostMapping("/security/settings")
	String processForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") SecuritySettingsForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		this.policy.change(user.getUsername(), form.toSettings());
		redirect.addFlashAttribute("message", "安全设置已保存");
		return "redirect:/security/settings";
	}

}
