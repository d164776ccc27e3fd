package cn.gov.cq.jianping.publicity.web;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.publicity.PublicityRejectedException;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.shared.web.RefusalRedirect;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where publicity pages turn refusals into what the user sees: a refused
 * step becomes the Chinese reason as a flash message and the redirect back to the page it
 * came from (named by {@link OnRefusal}); too many public submissions a Chinese page with
 * HTTP 429. Not-found answers 404 through {@code PublicityNotFoundException}'s status, as
 * before.
 */
@ControllerAdvice(basePackageClasses = PublicityWebAdvice.class)
class PublicityWebAdvice {

	@ExceptionHandler(PublicityRejectedException.class)
	String refused(PublicityRejectedException ex, HandlerMethod handler, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("error", ex.getMessage());
		return "redirect:" + RefusalRedirect.backTo(handler, request);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany(Model model) {
		return PublicObjectionController.message(model, "提交过于频繁，请稍后再试",
				"为防止滥用，同一网络地址在 10 分钟内的提交次数有上限。请稍后再试；本次填写的内容未保存。");
	}

}
