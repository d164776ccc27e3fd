package cn.gov.cq.jianping.identity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.LoginSessionRules;

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

	/** Set while an initial or expired password must be changed first. */
	@ModelAttribute("changeRequired")
	boolean changeRequired(HttpSession session) {
		return session.getAttribute(LoginSessionRules.PASSWORD_CHANGE_REQUIRED) != null;
	}

	@GetMapping("/account/password")
	String initForm(@ModelAttribute("form") PasswordForm form) {
		return VIEW;
	}

	@PostMapping("/account/password")
	String processForm(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpSession session, RedirectAttributes redirect) {
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
		session.removeAttribute(LoginSessionRules.PASSWORD_CHANGE_REQUIRED);
		redirect.addFlashAttribute("message", "密码已修改");
		return "redirect:" + user.role().homePath();
	}

}
