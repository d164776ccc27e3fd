package cn.gov.cq.jianping.system.observability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ready means ready: until the application reports
 * {@link ReadinessState#ACCEPTING_TRAFFIC} — which Boot does only after every startup
 * runner (migrations ran before; rubrics, rule sets and demo accounts are loaded by the
 * runners) — every page answers 503 with a Chinese "starting" notice and
 * {@code Retry-After}, so nobody logs in to a database without accounts and is told
 * 用户名或密码错误. The health endpoints stay reachable so a load balancer can watch readiness
 * turn UP.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ReadinessGate extends OncePerRequestFilter {

	static final String STARTING_PAGE = """
			<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>系统正在启动 · 鉴评</title></head>
			<body><h1>系统正在启动</h1><p>系统正在载入数据，请稍候几秒后刷新页面。</p></body></html>
			""";

	private final ObjectProvider<ApplicationAvailability> availability;

	ReadinessGate(ObjectProvider<ApplicationAvailability> availability) {
		this.availability = availability;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ready()) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, "5");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(STARTING_PAGE.getBytes(StandardCharsets.UTF_8));
	}

	private boolean ready() {
		ApplicationAvailability current = this.availability.getIfAvailable();
		// slices without the availability bean (controller tests) are always ready
		return current == null || current.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

}
