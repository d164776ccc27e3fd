package cn.gov.cq.jianping.messaging.web;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.messaging.Inbox;
import cn.gov.cq.jianping.messaging.MessageCategory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 站内信: every signed-in user reads their own messages; opening one marks it read and leads
 * to the matter it is about.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class MessageCentreController {

	static final String VIEW = "messaging/messages";

	private final Inbox inbox;

	MessageCentreController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/messages")
	String showMessages(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "unread", defaultValue = "false") boolean unread,
			@RequestParam(name = "category", required = false) String category,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		MessageCategory chosen = parse(category);
		model.addAttribute("inbox", this.inbox.of(user.getUsername(), unread, chosen, page));
		model.addAttribute("unread", unread);
		model.addAttribute("category", chosen == null ? "" : chosen.name());
		model.addAttribute("categories", MessageCategory.values());
		return VIEW;
	}

	@PostMapping("/messages/{id}/read")
	String openMessage(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		String link = this.inbox.markRead(user.getUsername(), id);
		// only our own paths: a stored link never sends anyone off-site
		return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/messages");
	}

	@PostMapping("/messages/read-all")
	String markAllRead(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		int marked = this.inbox.markAllRead(user.getUsername());
		redirect.addFlashAttribute("message", "已将 " + marked + " 条消息标为已读");
		return "redirect:/messages";
	}

	private static MessageCategory parse(String category) {
		if (category == null || category.isBlank()) {
			return null;
		}
		for (MessageCategory candidate : MessageCategory.values()) {
			if (candidate.name().equals(category)) {
				return candidate;
			}
		}
		return null;
	}

}
