package cn.gov.cq.jianping.publicity.web;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gov.cq.jianping.publicity.GradeLookup;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the rendered grade lookup page for anonymous visitors briefly, per query, as a
 * portal's reverse proxy would. It runs after Spring Security, so cached answers get the
 * same headers, and it is emptied together with the lookup's result cache whenever a
 * grade changes.
 */
@Component
class PublicPageCache extends OncePerRequestFilter {

	static final String PATH = "/public/institutions";

	private static final int MAX_PAGES = 500;

	/**
	 * The parameters the lookup page reads. A request with any other parameter is
	 * rendered but not kept: its page is the same as without it, and keeping one page per
	 * made-up parameter would let anyone flush the cache with random query strings.
	 */
	private static final Set<String> LOOKUP_PARAMETERS = Set.of("q", "district", "type", "grade", "year", "page",
			"size");

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	private final GradeLookup lookup;

	private record Page(byte[] body, String contentType, long expiresAtNanos, long generation) {
	}

	PublicPageCache(GradeLookup lookup) {
		this.lookup = lookup;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || !PATH.equals(request.getRequestURI())
				|| request.getSession(false) != null
				|| !LOOKUP_PARAMETERS.containsAll(request.getParameterMap().keySet())) {
			return true;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && !(authentication instanceof AnonymousAuthenticationToken)
				&& authentication.isAuthenticated();
	}

	/** How many pages are kept now. */
	int size() {
		return this.pages.size();
	}

	/**
	 * The parameters in a stable order: the same search is the same page however it was
	 * written.
	 */
	static String keyOf(HttpServletRequest request) {
		StringBuilder key = new StringBuilder();
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			key.append(name).append('=');
			for (String value : values) {
				key.append(value).append('\u0001');
			}
			key.append('&');
		});
		return key.toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = keyOf(request);
		long now = System.nanoTime();
		long generation = this.lookup.generation();
		Page cached = this.pages.get(key);
		if (cached != null && cached.generation() == generation && now - cached.expiresAtNanos() < 0) {
			response.setContentType(cached.contentType());
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null) {
			if (this.pages.size() >= MAX_PAGES) {
				this.pages.clear();
			}
			this.pages.put(key, new Page(wrapper.getContentAsByteArray(), wrapper.getContentType(),
					now + GradeLookup.CACHE_NANOS, generation));
		}
		wrapper.copyBodyToResponse();
	}

}
