package cn.gov.cq.jianping.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page how long the session lasts, so the layout can warn two minutes before
 * it ends (templates may not read the environment themselves).
 */
@ControllerAdvice
class SessionTimeoutAdvice {

	@ModelAttribute("sessionTimeoutSeconds")
	Integer sessionTimeoutSeconds(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : session.getMaxInactiveInterval();
	}

}
