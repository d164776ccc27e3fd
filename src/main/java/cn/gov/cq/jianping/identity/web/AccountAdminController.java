package cn.gov.cq.jianping.identity.web;

import java.util.Arrays;
import java.util.List;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator (系统管理员) opens accounts and resets passwords, each time with a
 * one-time password the system chooses; no other role reaches these pages.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class AccountAdminController {

	private static final String VIEW = "identity/accounts";

	private static final String PASSWORD_VIEW = "identity/one-time-password";

	private final Accounts accounts;

	AccountAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.addValidators(new AccountFormValidator());
	}

	@ModelAttribute("roles")
	List<Role> roles() {
		return Arrays.asList(Role.values());
	}

	@ModelAttribute("districts")
	List<District> districts() {
		return Districts.all().list();
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("form", AccountForm.empty());
		model.addAttribute("accounts", this.accounts.list());
		return VIEW;
	}

	/**
	 * The one-time password is shown on the answer to this POST itself, never through a
	 * redirect: a flash attribute would keep it in the session table.
	 */
	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model) {
		if (!result.hasErrors()) {
			try {
				return showPassword(model, form.username(), this.accounts.open(form.toOpening()), "已创建");
			}
			catch (Accounts.AccountRejectedException ex) {
				result.rejectValue(ex.field(), "rejected", ex.getMessage());
			}
		}
		model.addAttribute("accounts", this.accounts.list());
		return VIEW;
	}

	/** 重置密码: a new one-time password for a user who lost theirs. */
	@PostMapping("/admin/accounts/{username}/password")
	String resetPassword(@PathVariable String username, Model model, RedirectAttributes redirect) {
		try {
			return showPassword(model, username, this.accounts.resetPassword(username), "的密码已重置");
		}
		catch (Accounts.AccountRejectedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:/admin/accounts";
		}
	}

	private static String showPassword(Model model, String username, String password, String what) {
		model.addAttribute("username", username);
		model.addAttribute("password", password);
		model.addAttribute("what", what);
		return PASSWORD_VIEW;
	}

}
