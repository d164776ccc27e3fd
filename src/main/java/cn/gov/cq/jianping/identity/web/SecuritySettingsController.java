package cn.gov.cq.jianping.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
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
 * 安全管理员 sets password expiry, lockout, the roles that need 动态口令, the session rules and
 * the networks the administrators may work from.
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
	void initBinder(WebDataBinder binder, HttpServletRequest request) {
		binder.addValidators(new SecuritySettingsFormValidator(request.getRemoteAddr()));
	}

	/** Shown beside the address list, so the 安全管理员 knows what to include. */
	@ModelAttribute("clientAddress")
	String clientAddress(HttpServletRequest request) {
		return request.getRemoteAddr();
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
