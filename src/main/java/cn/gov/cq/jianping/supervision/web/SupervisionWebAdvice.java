package cn.gov.cq.jianping.supervision.web;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.supervision.SupervisionRejectedException;

import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.shared.web.RefusalRedirect;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where supervision pages turn a refused step into what the user sees: the
 * Chinese reason as a flash message and the redirect back to the page named by
 * {@link OnRefusal} (else the page the request came from). Not-found answers 404 through
 * {@code SupervisionNotFoundException}'s status, as before.
 */
@ControllerAdvice(basePackageClasses = SupervisionWebAdvice.class)
class SupervisionWebAdvice {

	@ExceptionHandler(SupervisionRejectedException.class)
	String refused(SupervisionRejectedException ex, HandlerMethod handler, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("error", ex.getMessage());
		return "redirect:" + RefusalRedirect.backTo(handler, request);
	}

}
