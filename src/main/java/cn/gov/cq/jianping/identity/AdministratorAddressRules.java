package cn.gov.cq.jianping.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a signed-in administrator whose request comes from an address
 * outside the allowed networks ({@link AdministratorNetworks}); the list is read on each
 * administrator request, so a change applies at once on every node. Other roles pass
 * without a query.
 */
public class AdministratorAddressRules extends OncePerRequestFilter {

	/** The login page's note for a session ended by this rule. */
	public static final String ENDED_PATH = "/login?address";

	private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/images/", "/favicon.ico");

	private final ObjectProvider<AdministratorNetworks> networks;

	public AdministratorAddressRules(ObjectProvider<AdministratorNetworks> networks) {
		this.networks = networks;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// anonymous requests (every public page) pass before the provider's bean lookup
		if (!(authentication != null && authentication.getPrincipal() instanceof CurrentUser user)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		AdministratorNetworks rules = this.networks.getIfAvailable();
		if (rules == null || STATIC.stream().anyMatch(path::startsWith)
				|| rules.allows(user.role(), request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		rules.sessionRefused(user, request.getRemoteAddr(), path);
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			try {
				session.invalidate();
			}
			catch (IllegalStateException ex) {
				// already invalidated
			}
		}
		response.sendRedirect(request.getContextPath() + ENDED_PATH);
	}

}
