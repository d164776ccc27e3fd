package cn.gov.cq.jianping.system.bench;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The statements of one request alone, for the benchmark script: a request carrying the
 * header {@value #TAG} has the statements its own thread sent, from the first filter to
 * the last byte (session load and save included), kept under the tag's value for
 * {@code /bench/statements?tag=}. The global count would also take in the background jobs
 * and the script's own requests around the page.
 */
class RequestStatements extends OncePerRequestFilter {

	static final String TAG = "X-Bench-Tag";

	private final StatementCounter counter;

	private final Map<String, Long> byTag = new ConcurrentHashMap<>();

	RequestStatements(StatementCounter counter) {
		this.counter = counter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String tag = request.getHeader(TAG);
		long before = this.counter.countOnThisThread();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (tag != null) {
				this.byTag.put(tag, this.counter.countOnThisThread() - before);
			}
		}
	}

	/** The statements of the last request with this tag, or -1 when there was none. */
	long of(String tag) {
		return this.byTag.getOrDefault(tag, -1L);
	}

}
