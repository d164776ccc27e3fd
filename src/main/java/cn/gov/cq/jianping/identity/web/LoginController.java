package cn.gov.cq.jianping.identity.web;

import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	/** Set by the login failure handler; read only, never the password. */
	static final String LAST_USERNAME = "JIANPING_LAST_USERNAME";

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user, HttpSession session, Model model) {
		if (user != null) {
			return "redirect:" + user.role().homePath();
		}
		Object lastUsername = session == null ? null : session.getAttribute(LAST_USERNAME);
		model.addAttribute("lastUsername", lastUsername);
		return "identity/login";
	}

}
