package cn.gov.cq.jianping.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.evaluation.CaseNotFoundException;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.publicity.Confirmations;
import cn.gov.cq.jianping.publicity.Publicities;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.EntryStatusShown;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 第十二条, the bureau's side: open a publicity of approved results, follow its entries, and
 * run the confirmation of entries whose period is over.
 */
@Controller
class PublicityAdminController {

	private static final String VIEW_LIST = "publicity/admin/list";

	private static final String VIEW_SHOW = "publicity/admin/show";

	/** Labels of the entry statuses that keep a case out of a new publicity. */
	private static final Set<String> PUBLISHED = Set.of(EntryStatusShown.UNDER_NOTICE, EntryStatusShown.NOT_STARTED,
			EntryStatusShown.AWAITING_CONFIRMATION, "已确定");

	private final Publicities publicities;

	private final EvaluationRounds rounds;

	private final CaseQueries cases;

	private final Confirmations confirmations;

	private final Clock clock;

	PublicityAdminController(Publicities publicities, EvaluationRounds rounds, CaseQueries cases,
			Confirmations confirmations, Clock clock) {
		this.publicities = publicities;
		this.rounds = rounds;
		this.cases = cases;
		this.confirmations = confirmations;
		this.clock = clock;
	}

	/** A row of the publicity list. */
	record PublicityRow(Publicities.PublicityView publicity, int entries, long underNotice, long confirmed,
			long withdrawn, long openObjections) {

		static PublicityRow of(Publicities.PublicityView view) {
			// entries waiting for their period or for confirmation count as under notice
			long underNotice = count(view, EntryStatusShown.UNDER_NOTICE) + count(view, EntryStatusShown.NOT_STARTED)
					+ count(view, EntryStatusShown.AWAITING_CONFIRMATION);
			return new PublicityRow(view, view.entries().size(), underNotice, count(view, "已确定"),
					view.entries().size() - underNotice - count(view, "已确定"),
					view.entries().stream().mapToLong(Publicities.EntryView::openObjections).sum());
		}

		private static long count(Publicities.PublicityView view, String status) {
			return view.entries().stream().filter(e -> status.equals(e.status())).count();
		}

	}

	/**
	 * A launched round with the approved cases that may go under publicity and the form
	 * for it.
	 */
	record RoundOption(EvaluationRounds.RoundView round, List<CaseViews.CaseSummary> candidates, OpenPublicityForm form,
			Map<String, String> problems) {
	}

	@ModelAttribute("dayKinds")
	List<DayKind> dayKinds() {
		return List.of(DayKind.values());
	}

	@GetMapping("/publicity")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		return listView(user, model, null, Map.of());
	}

	@PostMapping("/publicity")
	String open(@AuthenticationPrincipal CurrentUser user, @ModelAttribute OpenPublicityForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		Map<String, String> problems = form.problems();
		if (binding.hasFieldErrors("caseIds")) {
			problems.put("caseIds", "请从列表中勾选机构");
		}
		if (problems.isEmpty()) {
			try {
				Publicities.Opening opening = this.publicities.openFromForm(user, form.roundId(),
						form.selectedCaseIds(), form.startDate(), form.dayCount(), form.kind(), form.lengthReason());
				if (opening.opened()) {
					Publicities.PublicityView opened = this.publicities.view(opening.publicityId());
					redirect.addFlashAttribute("message", "公示已发布：" + opened.entries().size() + " 个机构，" + opened.start()
							+ " 至 " + opened.lastDay() + "，异议受理截止 " + opened.closingTime());
					return "redirect:/publicity/" + opening.publicityId();
				}
				problems.put(opening.refusal().field(), opening.refusal().message());
			}
			catch (CaseNotFoundException ex) {
				problems.put("roundId", ex.getMessage());
			}
		}
		return listView(user, model, form, problems);
	}

	@GetMapping("/publicity/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("publicity", this.publicities.view(id));
		return VIEW_SHOW;
	}

	@PostMapping("/publicity/confirm-due")
	String confirmDue(@RequestParam(required = false) Long publicityId, RedirectAttributes redirect) {
		int confirmed = this.confirmations.confirmDue();
		redirect.addFlashAttribute("message",
				confirmed == 0 ? "已检查公示期满的机构：本次没有需要确定等级的机构" : "已检查公示期满的机构：本次确定了 " + confirmed + " 个机构的等级");
		return publicityId == null ? "redirect:/publicity" : "redirect:/publicity/" + publicityId;
	}

	private String listView(CurrentUser user, Model model, OpenPublicityForm submitted, Map<String, String> problems) {
		List<Publicities.PublicityView> all = this.publicities.list();
		Set<Long> published = all.stream()
			.flatMap(p -> p.entries().stream())
			.filter(e -> PUBLISHED.contains(e.status()))
			.map(Publicities.EntryView::caseId)
			.collect(Collectors.toSet());
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		List<RoundOption> options = this.rounds.list()
			.stream()
			.filter(EvaluationRounds.RoundView::launched)
			.map(round -> {
				List<CaseViews.CaseSummary> candidates = this.cases.casesOfRound(user, round.id())
					.stream()
					.filter(c -> c.stage() == CaseStage.APPROVED && !published.contains(c.id()))
					.toList();
				boolean thisOne = submitted != null && submitted.roundId() != null && submitted.roundId() == round.id();
				return new RoundOption(round, candidates,
						thisOne ? submitted : OpenPublicityForm.defaults(round.id(), tomorrow),
						thisOne ? problems : Map.of());
			})
			.toList();
		model.addAttribute("publicities", all.stream().map(PublicityRow::of).toList());
		model.addAttribute("roundOptions", options);
		model.addAttribute("formError", submitted != null && !problems.isEmpty());
		model.addAttribute("roundProblem", problems.get("roundId"));
		return VIEW_LIST;
	}

}
