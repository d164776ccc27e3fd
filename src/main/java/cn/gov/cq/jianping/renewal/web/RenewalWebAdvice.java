package cn.gov.cq.jianping.renewal.web;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.renewal.RenewalRejectedException;
import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.shared.web.RefusalRedirect;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refused renewal step becomes its Chinese reason as a flash message and a redirect to
 * the page named by {@link OnRefusal}.
 */
@ControllerAdvice(basePackageClasses = RenewalWebAdvice.class)
class RenewalWebAdvice {

	@ExceptionHandler(RenewalRejectedException.class)
	String refused(RenewalRejectedException ex, HandlerMethod handler, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("error", ex.getMessage());
		return "redirect:" + RefusalRedirect.backTo(handler, request);
	}

}
