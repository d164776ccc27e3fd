package cn.gov.cq.jianping.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.OptionalSecondFactor;
import cn.gov.cq.jianping.identity.SecondFactors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 动态口令 from the account menu: any signed-in user sees whether it is on; one whose role
 * does not require it sets it up or switches it off (with a current code). Only ever the
 * user's own account: no account is named in a request.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class TwoFactorSettingsController {

	static final String PATH = "/account/two-factor";

	private static final String VIEW = "identity/two-factor";

	/** The secret being set up from this page, until its first code confirms it. */
	static final String SECRET = "JIANPING_TOTP_OPTIONAL_SECRET";

	private final OptionalSecondFactor optional;

	private final SecondFactors secondFactors;

	TwoFactorSettingsController(OptionalSecondFactor optional, SecondFactors secondFactors) {
		this.optional = optional;
		this.secondFactors = secondFactors;
	}

	@GetMapping(PATH)
	String show(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		model.addAttribute("form", CodeForm.empty());
		return view(user, session, model);
	}

	@PostMapping(PATH + "/enrol")
	String enrol(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult result, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(SECRET);
		Optional<List<String>> codes = (result.hasErrors() || secret == null) ? Optional.empty()
				: this.optional.enrol(user.getUsername(), secret, form.code());
		if (codes.isEmpty()) {
			if (!result.hasErrors()) {
				result.rejectValue("code", "totp.enrol.wrong", "动态口令不正确");
			}
			return view(user, session, model);
		}
		session.removeAttribute(SECRET);
		// shown on this answer only, never kept in the session
		model.addAttribute("recoveryCodes", codes.get());
		model.addAttribute("next", PATH);
		return "identity/recovery-codes";
	}

	@PostMapping(PATH + "/disable")
	String disable(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") CodeForm form,
			BindingResult result, HttpSession session, Model model, RedirectAttributes redirect) {
		Optional<String> refusal = result.hasErrors() ? Optional.empty()
				: this.optional.disable(user.getUsername(), form.code());
		if (result.hasErrors() || refusal.isPresent()) {
			refusal.ifPresent(reason -> result.rejectValue("code", "rejected", reason));
			return view(user, session, model);
		}
		redirect.addFlashAttribute("message", "动态口令已停用；此后登录只需密码");
		return "redirect:" + PATH;
	}

	private String view(CurrentUser user, HttpSession session, Model model) {
		OptionalSecondFactor.Status status = this.optional.status(user.getUsername());
		model.addAttribute("status", status);
		if (!status.enrolled()) {
			String secret = (String) session.getAttribute(SECRET);
			SecondFactors.Enrolment enrolment = (secret == null) ? this.secondFactors.newEnrolment(user.getUsername())
					: this.secondFactors.enrolment(user.getUsername(), secret);
			session.setAttribute(SECRET, enrolment.secret());
			SecondFactorController.addEnrolment(model, enrolment);
		}
		return VIEW;
	}

}
