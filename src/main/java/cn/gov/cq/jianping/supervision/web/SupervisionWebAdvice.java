package cn.gov.cq.jianping.supervision.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.supervision.SupervisionRejectedException;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

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
		return "redirect:" + backTo(handler, request);
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
