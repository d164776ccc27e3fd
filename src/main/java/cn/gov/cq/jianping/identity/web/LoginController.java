package cn.gov.cq.jianping.identity.web;

import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user) {
		if (user != null) {
			return "redirect:" + user.role().homePath();
		}
		return "identity/login";
	}

}
