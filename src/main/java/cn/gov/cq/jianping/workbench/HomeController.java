package cn.gov.cq.jianping.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.evaluation.CaseTodos;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionSearch;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.publicity.ObjectionReviews;
import cn.gov.cq.jianping.renewal.RenewalQueries;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.supervision.GradeManagement;
import cn.gov.cq.jianping.supervision.InspectionPlans;
import cn.gov.cq.jianping.supervision.Rectifications;
import cn.gov.cq.jianping.supervision.SupervisionDecisions;

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

	private final CaseTodos cases;

	private final ObjectionReviews objections;

	private final Rectifications rectifications;

	private final SupervisionDecisions decisions;

	private final GradeManagement grades;

	private final InspectionPlans inspections;

	private final RenewalQueries renewals;

	HomeController(InstitutionRegistry registry, CaseTodos cases, ObjectionReviews objections,
			Rectifications rectifications, SupervisionDecisions decisions, GradeManagement grades,
			InspectionPlans inspections, RenewalQueries renewals) {
		this.inspections = inspections;
		this.renewals = renewals;
		this.objections = objections;
		this.registry = registry;
		this.cases = cases;
		this.rectifications = rectifications;
		this.decisions = decisions;
		this.grades = grades;
	}

	/**
	 * A to-do as the home page shows it, with where to go to do it; the key is the case
	 * id, or {@code rect-<id>} / {@code decision-<id>} for supervision.
	 */
	record Todo(String key, String institutionName, String task, LocalDate deadline, boolean overdue, String href) {
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
		model.addAttribute("standing", this.grades.standing(user, user.institutionId()).orElse(null));
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

	/**
	 * 三员分立: the three administrators' workbenches show no business figures, only where
	 * their own work is.
	 */
	@GetMapping("/home/sysadmin")
	String sysadminHome() {
		return "workbench/sysadmin";
	}

	@GetMapping("/home/secadmin")
	String secadminHome() {
		return "workbench/secadmin";
	}

	@GetMapping("/home/auditor")
	String auditorHome() {
		return "workbench/auditor";
	}

	private static void addLines(List<Todo> todos, List<Rectifications.TodoLine> lines) {
		for (Rectifications.TodoLine line : lines) {
			todos.add(new Todo(line.key(), line.institutionName(), line.task(), line.deadline(), line.overdue(),
					line.href()));
		}
	}

	/**
	 * Supervision to-dos (rectification, bureau decisions) come first, then the cases'.
	 */
	private void addTodos(CurrentUser user, Model model) {
		List<Todo> todos = new ArrayList<>();
		addLines(todos, this.rectifications.todos(user));
		addLines(todos, this.decisions.todos(user));
		// 延续备案: registrations expiring within 90/30 days, applications to decide
		addLines(todos, this.renewals.todos(user));
		for (InspectionPlans.InspectionTodo item : this.inspections.todos(user)) {
			todos.add(new Todo("inspection-" + item.id(), item.institutionName(), item.task(), item.deadline(),
					item.overdue(), user.hasRole(Role.INSTITUTION) ? "/home/institution"
							: "/supervision/inspections?year=" + item.deadline().getYear()));
		}
		// Only the cases' to-dos that can be shown are read; the rest are only counted.
		int room = Math.max(TODO_LIMIT - todos.size(), 0);
		CaseTodos.Todos caseTodos = this.cases.of(user, room);
		for (CaseViews.TodoItem item : caseTodos.items()) {
			todos.add(new Todo(String.valueOf(item.caseId()), item.institutionName(), item.task(), item.deadline(),
					item.overdue(), hrefOf(user, item)));
		}
		long total = todos.size() + (room == 0 ? this.cases.of(user, 0).total() : caseTodos.total());
		model.addAttribute("todos", todos.stream().limit(TODO_LIMIT).toList());
		model.addAttribute("todoTotal", total);
	}

	/**
	 * Experts sign and score on their own pages; the center forms panels on the case's
	 * panel page.
	 */
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
			return CaseQueries.CENTER_REVIEW_TASK.equals(item.task()) ? base + "/center-review" : base + "/panel";
		}
		return base;
	}

	private void addCounts(CurrentUser user, Model model) {
		model.addAttribute("institutionCount",
				this.registry.search(user, InstitutionSearch.none(), Pageable.ofSize(1)).getTotalElements());
		model.addAttribute("rectifyingCount",
				this.registry
					.search(user, new InstitutionSearch(null, null, null, InstitutionStatus.RECTIFYING),
							Pageable.ofSize(1))
					.getTotalElements()
						+ this.registry
							.search(user, new InstitutionSearch(null, null, null, InstitutionStatus.SUSPENDED),
									Pageable.ofSize(1))
							.getTotalElements());
	}

}
