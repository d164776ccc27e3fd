package cn.gov.cq.jianping.system.observability;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, in the logs (MDC key {@value #MDC_KEY}) and in the
 * {@value #HEADER} response header, so a user's report ("出错编号 …") or a proxy's log line
 * leads to the server's lines. An id sent by a proxy is kept if it looks like one;
 * anything else (too long, odd characters that could forge log lines) is replaced.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	/** Request attribute holding the id, for error pages. */
	static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object known = request.getAttribute(ATTRIBUTE);
		String id = (known instanceof String earlier) ? earlier : requestId(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	/** The error dispatch logs too, under the same id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static String requestId(String offered) {
		if (offered != null && ACCEPTABLE.matcher(offered).matches()) {
			return offered;
		}
		return randomId();
	}

	/**
	 * A random version-4 UUID from the calling thread's own generator. An id needs to be
	 * unique, not unguessable; {@code UUID.randomUUID()} draws from the one shared
	 * SecureRandom, whose lock every request waited on under load (JFR: the lookup API's
	 * longest waits, docs/performance.md).
	 */
	static String randomId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		long high = (random.nextLong() & ~0xF000L) | 0x4000L;
		long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(high, low).toString();
	}

}
