package cn.gov.cq.jianping.evaluation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.evaluation.RoundListing;
import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.RuleSetStatus;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.shared.web.list.CsvExport;
import cn.gov.cq.jianping.shared.web.list.ListModel;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.http.ResponseEntity;
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
 * 评估批次 pages: list, creation, the participant list of 第八条 while in preparation, launch,
 * and the cases of a launched round. Only the center and the bureau reach them (security
 * configuration).
 */
@Controller
class RoundController {

	private static final String VIEW_LIST = "evaluation/round/list";

	private static final String VIEW_FORM = "evaluation/round/form";

	private static final String VIEW_SHOW = "evaluation/round/show";

	private final EvaluationRounds rounds;

	private final CaseQueries queries;

	private final RuleSets ruleSets;

	private final Clock clock;

	private final RoundListing listing;

	RoundController(EvaluationRounds rounds, CaseQueries queries, RuleSets ruleSets, Clock clock,
			RoundListing listing) {
		this.rounds = rounds;
		this.listing = listing;
		this.queries = queries;
		this.ruleSets = ruleSets;
		this.clock = clock;
	}

	@GetMapping("/rounds")
	String list(@RequestParam Map<String, String> params, Model model) {
		PageQuery query = RoundListing.query(params);
		ListModel.put(model, this.listing.page(query, "/rounds"), () -> this.listing.all(query),
				ListModel.print(params), "rounds");
		return VIEW_LIST;
	}

	/** Exactly the filtered rows. */
	@GetMapping("/rounds/export.csv")
	ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
		List<List<Object>> rows = this.listing.all(RoundListing.query(params))
			.stream()
			.map(RoundListing.Row::cells)
			.toList();
		return CsvExport.download("评估批次.csv", RoundListing.EXPORT_HEADER, rows);
	}

	@GetMapping("/rounds/new")
	String initCreationForm(Model model) {
		model.addAttribute("form", RoundFormData.empty(LocalDate.now(this.clock).getYear()));
		return formView(model);
	}

	@PostMapping("/rounds/new")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") RoundFormData form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model);
		}
		try {
			long id = this.rounds.create(user, form.toForm());
			redirect.addFlashAttribute("message", "评估批次“" + form.name().trim() + "”已创建，请核对参评名单后启动");
			return "redirect:/rounds/" + id;
		}
		catch (EvaluationRounds.RoundRejectedException ex) {
			result.rejectValue(ex.field(), "rejected", ex.getMessage());
			return formView(model);
		}
	}

	@GetMapping("/rounds/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		EvaluationRounds.RoundView round = this.rounds.view(id);
		model.addAttribute("round", round);
		model.addAttribute("appraisalRuleSet", ruleSetName(round.appraisalRuleSetId()));
		model.addAttribute("levelRuleSet", ruleSetName(round.levelRuleSetId()));
		if (round.launched()) {
			List<CaseViews.CaseSummary> roundCases = this.queries.casesOfRound(user, id);
			Map<CaseStage, Long> stageCounts = new EnumMap<>(CaseStage.class);
			for (CaseStage stage : CaseStage.values()) {
				stageCounts.put(stage, 0L);
			}
			roundCases.forEach(c -> stageCounts.merge(c.stage(), 1L, Long::sum));
			model.addAttribute("cases", roundCases);
			model.addAttribute("stageCounts", stageCounts);
			model.addAttribute("overdueCount", roundCases.stream().filter(CaseViews.CaseSummary::overdue).count());
			// The center's panel page is worth a link where the stage table gives it
			// something to do.
			model.addAttribute("panelLinks",
					roundCases.stream()
						.filter(c -> c.stage().allows(Role.CENTER, CaseAction.FORM_PANEL)
								|| c.stage().allows(Role.CENTER, CaseAction.REOPEN) || c.overdue())
						.map(CaseViews.CaseSummary::id)
						.collect(Collectors.toSet()));
			model.addAttribute("centerReviewLinks",
					roundCases.stream()
						.filter(c -> c.stage().allows(Role.CENTER, CaseAction.REPORT_TO_BUREAU))
						.map(CaseViews.CaseSummary::id)
						.collect(Collectors.toSet()));
		}
		else {
			long included = round.participants().stream().filter(EvaluationRounds.ParticipantView::included).count();
			model.addAttribute("includedCount", included);
			model.addAttribute("excludedCount", round.participants().size() - included);
		}
		return VIEW_SHOW;
	}

	@PostMapping("/rounds/{id}/participants/{institutionId}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable long institutionId,
			@RequestParam boolean include, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		RefusalTarget.to("/rounds/" + id).keeping("participantError", institutionId).declare();
		this.rounds.decide(user, id, institutionId, include, reason);
		redirect.addFlashAttribute("message", include ? "已纳入评估名单" : "已移出评估名单");
		return "redirect:/rounds/" + id;
	}

	@PostMapping("/rounds/{id}/launch")
	String launch(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		RefusalTarget.to("/rounds/" + id).declare();
		int created = this.rounds.launch(user, id, version);
		redirect.addFlashAttribute("message", "评估批次已启动，已为 " + created + " 个机构创建评估任务");
		return "redirect:/rounds/" + id;
	}

	private String formView(Model model) {
		List<RuleSets.Summary> frozen = this.ruleSets.list()
			.stream()
			.filter(r -> r.status() == RuleSetStatus.FROZEN)
			.toList();
		model.addAttribute("appraisalRuleSets",
				frozen.stream().filter(r -> r.rubricCode() == RubricCode.APPRAISAL).toList());
		model.addAttribute("levelRuleSets", frozen.stream().filter(r -> r.rubricCode() == RubricCode.LEVEL).toList());
		model.addAttribute("methods", Arrays.asList(ConsolidationMethod.values()));
		return VIEW_FORM;
	}

	private String ruleSetName(long ruleSetId) {
		try {
			return this.ruleSets.view(ruleSetId).name();
		}
		catch (RuntimeException ex) {
			return "评分细则 " + ruleSetId;
		}
	}

}
