package cn.gov.cq.jianping.identity.web;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Any logged-in user changes their own password, under the password policy.
 */
@Controller
class PasswordController {

	private static final String VIEW = "identity/password";

	private final Accounts accounts;

	PasswordController(Accounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new PasswordFormValidator());
	}

	@GetMapping("/account/password")
	String initForm(@ModelAttribute("form") PasswordForm form) {
		return VIEW;
	}

	@PostMapping("/account/password")
	String processForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return VIEW;
		}
		try {
			this.accounts.changePassword(user.getUsername(), form.currentPassword(), form.newPassword());
		}
		catch (Accounts.AccountRejectedException ex) {
			result.rejectValue(ex.field(), "rejected", ex.getMessage());
			return VIEW;
		}
		redirect.addFlashAttribute("message", "密码已修改");
		return "redirect:" + user.role().homePath();
	}

}
