package cn.gov.cq.jianping.identity.web;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import cn.gov.cq.jianping.document.QrCodes;
import cn.gov.cq.jianping.identity.LoginSessionRules;
import cn.gov.cq.jianping.identity.LoginSteps;
import cn.gov.cq.jianping.identity.SecondFactors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second login step, open only to a session whose password was just accepted: type
 * the 动态口令 (or a 恢复码), or, the first time, set one up by scanning a QR code.
 */
@Controller
class SecondFactorController {

	private static final String CODE_VIEW = "identity/totp";

	private static final String ENROL_VIEW = "identity/totp-enrol";

	/** The secret being set up, until its first code confirms it. */
	static final String ENROL_SECRET = "JIANPING_TOTP_ENROL_SECRET";

	private final SecondFactors secondFactors;

	private final LoginSteps loginSteps;

	SecondFactorController(SecondFactors secondFactors, LoginSteps loginSteps) {
		this.secondFactors = secondFactors;
		this.loginSteps = loginSteps;
	}

	@GetMapping(LoginSessionRules.TOTP_PATH)
	String initCodeForm(HttpServletRequest request, Model model) {
		if (LoginSteps.pendingUsername(request) == null) {
			return "redirect:/login";
		}
		model.addAttribute("form", CodeForm.empty());
		return CODE_VIEW;
	}

	@PostMapping(LoginSessionRules.TOTP_PATH)
	String processCodeForm(@Valid @ModelAttribute("form") CodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		String username = LoginSteps.pendingUsername(request);
		if (username == null) {
			return "redirect:/login";
		}
		if (result.hasErrors()) {
			return CODE_VIEW;
		}
		SecondFactors.Check check = this.secondFactors.check(username, form.code(), request.getRemoteAddr());
		if (check instanceof SecondFactors.Accepted accepted) {
			String target = this.loginSteps.completeSecondFactor(request, response, accepted.user());
			if (accepted.recoveryCodesLeft() >= 0) {
				redirect.addFlashAttribute("message",
						"已使用一个恢复码登录，剩余 " + accepted.recoveryCodesLeft() + " 个；恢复码用完前请尽快找回动态口令设备。");
			}
			return "redirect:" + target;
		}
		if (check instanceof SecondFactors.Wrong wrong) {
			result.rejectValue("code", "totp.wrong", new Object[] { wrong.attemptsLeft() }, "动态口令错误");
			return CODE_VIEW;
		}
		request.getSession().removeAttribute(ENROL_SECRET);
		request.getSession().invalidate();
		return "redirect:/login?locked";
	}

	@GetMapping(LoginSessionRules.ENROL_PATH)
	String initEnrolForm(HttpServletRequest request, Model model) {
		String username = LoginSteps.pendingUsername(request);
		if (username == null) {
			return "redirect:/login";
		}
		if (this.secondFactors.stepAfterPassword(username) != SecondFactors.Step.ENROL) {
			return "redirect:" + LoginSessionRules.TOTP_PATH;
		}
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(ENROL_SECRET);
		SecondFactors.Enrolment enrolment = (secret == null) ? this.secondFactors.newEnrolment(username)
				: this.secondFactors.enrolment(username, secret);
		session.setAttribute(ENROL_SECRET, enrolment.secret());
		model.addAttribute("form", CodeForm.empty());
		addEnrolment(model, enrolment);
		return ENROL_VIEW;
	}

	@PostMapping(LoginSessionRules.ENROL_PATH)
	String processEnrolForm(@Valid @ModelAttribute("form") CodeForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
		String username = LoginSteps.pendingUsername(request);
		HttpSession session = request.getSession();
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (username == null || secret == null
				|| this.secondFactors.stepAfterPassword(username) != SecondFactors.Step.ENROL) {
			return "redirect:/login";
		}
		Optional<List<String>> codes = result.hasErrors() ? Optional.empty()
				: this.secondFactors.confirmEnrolment(username, secret, form.code());
		if (codes.isEmpty()) {
			if (!result.hasErrors()) {
				result.rejectValue("code", "totp.enrol.wrong", "动态口令不正确");
			}
			addEnrolment(model, this.secondFactors.enrolment(username, secret));
			return ENROL_VIEW;
		}
		session.removeAttribute(ENROL_SECRET);
		String target = this.loginSteps.completeSecondFactor(request, response,
				this.secondFactors.user(username).orElseThrow());
		redirect.addFlashAttribute("recoveryCodes", codes.get());
		redirect.addFlashAttribute("next", target);
		return "redirect:/account/recovery-codes";
	}

	/** Shown once, right after enrolment; the codes are kept only as hashes. */
	@GetMapping("/account/recovery-codes")
	String recoveryCodes(Model model) {
		if (!model.containsAttribute("recoveryCodes")) {
			return "redirect:/";
		}
		return "identity/recovery-codes";
	}

	static void addEnrolment(Model model, SecondFactors.Enrolment enrolment) {
		model.addAttribute("secret", enrolment.secret());
		model.addAttribute("qrCode",
				"data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(enrolment.uri(), 240)));
	}

}
