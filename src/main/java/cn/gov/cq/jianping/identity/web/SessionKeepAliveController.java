package cn.gov.cq.jianping.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "继续办理": the page's warning before the session ends calls this to keep the session (and
 * the unsaved sheet) alive; the answer says how long it now lasts.
 */
@RestController
class SessionKeepAliveController {

	@PostMapping("/session/keep-alive")
	@PreAuthorize("isAuthenticated()")
	Map<String, Integer> keepAlive(HttpSession session) {
		// the request itself renews the session; nothing else to do
		return Map.of("timeoutSeconds", session.getMaxInactiveInterval());
	}

}
