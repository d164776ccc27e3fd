package cn.gov.cq.jianping.workbench;

import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
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

	/** The home page lists at most this many to-dos; the rest are counted. */
	static final int TODO_LIMIT = 20;

	private final InstitutionRegistry registry;

	private final EvaluationCases cases;

	private final Objections objections;

	HomeController(InstitutionRegistry registry, EvaluationCases cases, Objections objections) {
		this.registry = registry;
		this.cases = cases;
		this.objections = objections;
	}

	/** A to-do as the home page shows it, with where to go to do it. */
	record Todo(long caseId, String institutionName, String task, LocalDate deadline, boolean overdue, String href) {
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
		addTodos(user, model);
		return "workbench/institution";
	}

	@GetMapping("/home/district")
	String districtHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("districtName", Districts.all().nameOf(user.districtCode()));
		addCounts(user, model);
		addTodos(user, model);
		return "workbench/district";
	}

	@GetMapping("/home/center")
	String centerHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		addCounts(user, model);
		addTodos(user, model);
		return "workbench/center";
	}

	@GetMapping("/home/bureau")
	String bureauHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		addCounts(user, model);
		addTodos(user, model);
		model.addAttribute("pendingObjectionCount", this.objections.pending(user).size());
		return "workbench/bureau";
	}

	@GetMapping("/home/expert")
	String expertHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		addTodos(user, model);
		return "workbench/expert";
	}

	@GetMapping("/home/admin")
	String adminHome(@AuthenticationPrincipal CurrentUser user, Model model) {
		addCounts(user, model);
		return "workbench/admin";
	}

	private void addTodos(CurrentUser user, Model model) {
		List<CaseViews.TodoItem> items = this.cases.todos(user);
		model.addAttribute("todos", items.stream()
			.limit(TODO_LIMIT)
			.map(item -> new Todo(item.caseId(), item.institutionName(), item.task(), item.deadline(), item.overdue(),
					hrefOf(user, item)))
			.toList());
		model.addAttribute("todoTotal", items.size());
	}

	/** Experts sign and score on their own pages; the center forms panels on the case's panel page. */
	static String hrefOf(CurrentUser user, CaseViews.TodoItem item) {
		String base = "/cases/" + item.caseId();
		if (user.hasRole(Role.EXPERT)) {
			return switch (item.task()) {
				case "签署无利益冲突声明" -> base + "/declaration";
				case "现场评分" -> base + "/expert";
				default -> base;
			};
		}
		if (user.hasRole(Role.CENTER)) {
			return base + "/panel";
		}
		return base;
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
