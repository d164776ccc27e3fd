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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The system administrator (系统管理员) manages accounts; no other role reaches this page.
 */
@Controller
@PreAuthorize("hasRole('SYSADMIN')")
class AccountAdminController {

	private static final String VIEW = "identity/accounts";

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

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.accounts.create(new Accounts.NewAccount(form.username(), form.password(),
						form.displayName().trim(), form.role(), form.institutionId(), form.districtCode()));
				this.accounts.requireInitialPasswordChange(form.username());
				redirect.addFlashAttribute("message", "账号 " + form.username() + " 已创建；初始密码仅可使用一次，首次登录须修改");
				return "redirect:/admin/accounts";
			}
			catch (Accounts.AccountRejectedException ex) {
				result.rejectValue(ex.field(), "rejected", ex.getMessage());
			}
		}
		model.addAttribute("accounts", this.accounts.list());
		return VIEW;
	}

}
