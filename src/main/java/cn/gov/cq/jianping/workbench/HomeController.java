package cn.gov.cq.jianping.workbench;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionSearch;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.publicity.Objections;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.data.domain.Pageable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The landing page of each role after login; the URL is {@code /home/<role>}.
 */
@Controller
class HomeController {

	private final InstitutionRegistry registry;

	private final Objections objections;

	HomeController(InstitutionRegistry registry, Objections objections) {
		this.registry = registry;
		this.objections = objections;
	}

	@GetMapping("/")
	String index(@AuthenticationPrincipal CurrentUser user) {
		if (user != null) {
			return "redirect:" + user.role().homePath();
		}
		return "workbench/index";
	}

	@GetMapping("/home/institution")
	String institutionHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("institution", this.registry.get(user, user.institutionId()));
		return "workbench/institution";
	}

	@GetMapping("/home/district")
	String districtHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("districtName", Districts.all().nameOf(user.districtCode()));
		addCounts(user, model);
		return "workbench/district";
	}

	@GetMapping("/home/center")
	String centerHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		addCounts(user, model);
		return "workbench/center";
	}

	@GetMapping("/home/bureau")
	String bureauHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		addCounts(user, model);
		model.addAttribute("pendingObjectionCount", this.objections.pending(user).size());
		return "workbench/bureau";
	}

	@GetMapping("/home/expert")
	String expertHome() {
		return "workbench/expert";
	}

	@GetMapping("/home/admin")
	String adminHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		addCounts(user, model);
		return "workbench/admin";
	}

	private void addCounts(CurrentUser user, Model model) {
		model.addAttribute("institutionCount",
				this.registry.search(user, InstitutionSearch.none(), Pageable.ofSize(1)).getTotalElements());
		model.addAttribute("rectifyingCount", this.registry
			.search(user, new InstitutionSearch(null, null, null, InstitutionStatus.RECTIFYING), Pageable.ofSize(1))
			.getTotalElements()
				+ this.registry
					.search(user, new InstitutionSearch(null, null, null, InstitutionStatus.SUSPENDED), Pageable.ofSize(1))
					.getTotalElements());
	}

}
