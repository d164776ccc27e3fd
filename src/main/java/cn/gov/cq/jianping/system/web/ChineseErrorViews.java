package cn.gov.cq.jianping.system.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Picks the Chinese error page for a status and hands it only what a user should see: the
 * status, the path and the request id. Boot's error attributes also carry the English
 * reason phrase under {@code error} ("Not Found"), which the layout would show as a red
 * banner, and, if ever switched on, the exception and trace; none of that reaches the
 * page.
 */
@Component
class ChineseErrorViews implements ErrorViewResolver {

	/** Request attribute set by the request-id filter of {@code system.observability}. */
	static final String REQUEST_ID = "cn.gov.cq.jianping.system.observability.RequestIdFilter.id";

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> shown = new LinkedHashMap<>();
		shown.put("status", status.value());
		shown.put("path", model.get("path"));
		shown.put("timestamp", model.get("timestamp"));
		shown.put("requestId", request.getAttribute(REQUEST_ID));
		return new ModelAndView(viewName(status), shown, status);
	}

	static String viewName(HttpStatus status) {
		return switch (status) {
			case FORBIDDEN -> "error/403";
			case NOT_FOUND -> "error/404";
			case CONFLICT -> "error/409";
			default -> status.is5xxServerError() ? "error/5xx" : "error/4xx";
		};
	}

}
