package cn.gov.cq.jianping.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.LoginThrottle;
import cn.gov.cq.jianping.shared.captcha.CaptchaService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** Set by the login failure handler; read only, never the password. */
	static final String LAST_USERNAME = "JIANPING_LAST_USERNAME";

	private final ObjectProvider<LoginThrottle> throttle;

	private final CaptchaService captcha;

	LoginController(ObjectProvider<LoginThrottle> throttle, CaptchaService captcha) {
		this.throttle = throttle;
		this.captcha = captcha;
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user, HttpSession session, HttpServletRequest request,
			Model model) {
		if (user != null) {
			return "redirect:" + user.role().homePath();
		}
		Object lastUsername = session == null ? null : session.getAttribute(LAST_USERNAME);
		model.addAttribute("lastUsername", lastUsername);
		LoginThrottle throttle = this.throttle.getIfAvailable();
		model.addAttribute("captchaRequired", throttle != null && throttle
			.captchaRequired((lastUsername instanceof String name) ? name : null, request.getRemoteAddr()));
		return "identity/login";
	}

	/**
	 * The login form's challenge, a new one on every request (the answer stays in the
	 * session, in PostgreSQL, so another node checks it).
	 */
	@GetMapping(path = "/login/captcha.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> captchaImage(HttpSession session) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(this.captcha.issue(session).png());
	}

}
