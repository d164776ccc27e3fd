package cn.gov.cq.jianping.publicity.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.publicity.PublicityRejectedException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

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
		return "redirect:" + backTo(handler, request);
	}

	@ExceptionHandler(TooManyRequestsException.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany(Model model) {
		return PublicObjectionController.message(model, "提交过于频繁，请稍后再试",
				"为防止滥用，同一网络地址在 10 分钟内的提交次数有上限。请稍后再试；本次填写的内容未保存。");
	}

	static String backTo(HandlerMethod handler, HttpServletRequest request) {
		OnRefusal target = handler.getMethodAnnotation(OnRefusal.class);
		if (target == null) {
			String referer = request.getHeader(HttpHeaders.REFERER);
			if (referer == null) {
				return "/";
			}
			UriComponents back = UriComponentsBuilder.fromUriString(referer).build();
			return back.getPath() + (back.getQuery() == null ? "" : "?" + back.getQuery());
		}
		Map<String, Object> values = new HashMap<>();
		request.getParameterMap().forEach((name, given) -> values.put(name, given.length > 0 ? given[0] : ""));
		Object pathVariables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		if (pathVariables instanceof Map<?, ?> map) {
			map.forEach((name, value) -> values.put(String.valueOf(name), value));
		}
		return UriComponentsBuilder.fromUriString(target.value()).buildAndExpand(values).encode().toUriString();
	}

}
