package cn.gov.cq.jianping.messaging.web;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.messaging.Inbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The unread count in the header of every signed-in page. The inbox is optional so a
 * controller slice without the messaging module still renders its pages.
 */
@ControllerAdvice
class UnreadCountAdvice {

	private final ObjectProvider<Inbox> inbox;

	UnreadCountAdvice(ObjectProvider<Inbox> inbox) {
		this.inbox = inbox;
	}

	@ModelAttribute("unreadCount")
	Long unreadCount() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// the anonymous public pages first: resolving the provider costs a bean lookup
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return null;
		}
		Inbox available = this.inbox.getIfAvailable();
		if (available == null) {
			return null;
		}
		return available.unreadCount(user.getUsername());
	}

}
