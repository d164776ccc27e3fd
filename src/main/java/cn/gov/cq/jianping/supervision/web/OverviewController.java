package cn.gov.cq.jianping.supervision.web;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.supervision.Rectifications;
import cn.gov.cq.jianping.supervision.SupervisionDecisions;

import java.util.Comparator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 分类监管 overview for staff: decisions awaiting the bureau, rectification orders still
 * running (overdue first in red), and the way to complaints, inspections and draws.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
class OverviewController {

	private final Rectifications rectifications;

	private final SupervisionDecisions decisions;

	private final Pages pages;

	OverviewController(Rectifications rectifications, SupervisionDecisions decisions, Pages pages) {
		this.rectifications = rectifications;
		this.decisions = decisions;
		this.pages = pages;
	}

	@GetMapping("/supervision")
	String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("pendingDecisions",
				this.decisions.visibleTo(user).stream().filter(SupervisionDecisions.DecisionView::pending).toList());
		model.addAttribute("activeOrders",
				this.rectifications.visibleTo(user)
					.stream()
					.filter(o -> o.open() || o.reported() || o.overdue())
					.sorted(Comparator.comparing(Rectifications.OrderView::overdue)
						.reversed()
						.thenComparing(Rectifications.OrderView::deadline))
					.toList());
		model.addAttribute("institutions", this.pages.institutionsOf(user));
		model.addAttribute("bureau", user.hasRole(Role.BUREAU));
		return "supervision/overview";
	}

}
