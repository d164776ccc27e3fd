package cn.gov.cq.jianping.identity.web;

import java.util.Arrays;
import java.util.List;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator manages accounts.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private static final String VIEW = "identity/accounts";

	private final Accounts accounts;

	AccountAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	/** A new account as the admin types it. */
	record AccountForm(String username, String displayName, Role role, Long institutionId, String districtCode,
			String password) {
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
		model.addAttribute("form", new AccountForm(null, null, null, null, null, null));
		model.addAttribute("accounts", this.accounts.list());
		return VIEW;
	}

	@PostMapping("/admin/accounts")
	String create(@ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.username() == null || !form.username().matches("[A-Za-z0-9_.-]{3,50}")) {
			result.rejectValue("username", "invalid", "用户名为 3–50 位字母、数字或 _ . -");
		}
		if (form.displayName() == null || form.displayName().isBlank()) {
			result.rejectValue("displayName", "required", "请填写姓名或单位");
		}
		if (form.role() == null) {
			result.rejectValue("role", "required", "请选择角色");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.create(new Accounts.NewAccount(form.username(), form.password(), form.displayName().trim(),
						form.role(), form.institutionId(), form.districtCode()));
				redirect.addFlashAttribute("message", "账号 " + form.username() + " 已创建");
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
