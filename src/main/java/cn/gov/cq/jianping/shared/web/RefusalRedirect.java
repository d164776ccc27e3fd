package cn.gov.cq.jianping.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page a refused step sends the user back to, shared by the modules' error advices:
 * the handler's {@link OnRefusal} target with its placeholders filled, else the page the
 * request came from, else the home page.
 */
public final class RefusalRedirect {

	private RefusalRedirect() {
	}

	public static String backTo(HandlerMethod handler, HttpServletRequest request) {
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
