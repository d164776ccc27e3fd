package cn.gov.cq.jianping.identity.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.identity.LoginHistory;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The security auditor reads the login records (安全审计员 only); nothing here changes them.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class LoginRecordsController {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(TimeConfiguration.ZONE);

	private final LoginHistory history;

	LoginRecordsController(LoginHistory history) {
		this.history = history;
	}

	/** The filter of the login records page. */
	record LoginFilterForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Size(max = 100, message = "{audit.actor.size}") String username, String outcome) {
	}

	@GetMapping("/audit/logins")
	String list(@Valid @ModelAttribute("filter") LoginFilterForm filter, BindingResult result,
			@RequestParam(defaultValue = "1") int page, Model model) {
		if (filter.outcome() != null && !filter.outcome().isBlank()
				&& !LoginHistory.OUTCOMES.containsKey(filter.outcome())) {
			result.rejectValue("outcome", "audit.outcome.unknown");
		}
		if (!result.hasFieldErrors("from") && !result.hasFieldErrors("to") && filter.from() != null
				&& filter.to() != null && filter.to().isBefore(filter.from())) {
			result.rejectValue("to", "audit.range.reversed");
		}
		LoginHistory.Filter effective = result.hasErrors() ? new LoginHistory.Filter(null, null, null, null)
				: new LoginHistory.Filter(filter.from(), filter.to(), filter.username(), filter.outcome());
		model.addAttribute("page", this.history.search(effective, page));
		model.addAttribute("outcomes", LoginHistory.OUTCOMES);
		model.addAttribute("time", TIME);
		return "audit/logins";
	}

}
