package cn.gov.cq.jianping.shared.web.nav;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the role's left menu and the page's breadcrumbs in every page's model, for the
 * layout. It needs no beans, so every controller slice renders the layout as the app
 * does.
 */
@ControllerAdvice
class NavigationAdvice {

	/**
	 * Whether someone is signed in, as {@code isAuthenticated()} decides it; the layout
	 * reads this once instead of evaluating a security expression per element.
	 */
	@ModelAttribute("authenticated")
	boolean authenticated() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	@ModelAttribute("menu")
	List<Menu.Section> menu() {
		if (!authenticated()) {
			return List.of();
		}
		return Menu.of(SecurityContextHolder.getContext()
			.getAuthentication()
			.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList());
	}

	@ModelAttribute("menuActive")
	String menuActive(HttpServletRequest request) {
		return Menu.activeHref(menu(), path(request));
	}

	@ModelAttribute("breadcrumbs")
	List<Breadcrumbs.Crumb> breadcrumbs(HttpServletRequest request) {
		return Breadcrumbs.of(path(request));
	}

	private static String path(HttpServletRequest request) {
		String uri = request.getRequestURI();
		String context = request.getContextPath();
		return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
	}

}
