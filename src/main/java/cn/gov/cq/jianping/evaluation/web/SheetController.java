package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.Attempt;
import cn.gov.cq.jianping.evaluation.CaseNotFoundException;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.OnSiteScoring;
import cn.gov.cq.jianping.evaluation.Panels;
import cn.gov.cq.jianping.evaluation.SelfAssessments;
import cn.gov.cq.jianping.evaluation.SheetDrafts;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.SheetEditing;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.CriterionDefinition;
import cn.gov.cq.jianping.rubric.VetoDefinition;
import cn.gov.cq.jianping.scoring.model.CriterionRule;
import cn.gov.cq.jianping.scoring.model.CriterionScore;
import cn.gov.cq.jianping.scoring.model.ItemScore;
import cn.gov.cq.jianping.scoring.model.ScoreResult;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The per-criterion score sheet, one design for the institution's self-assessment
 * ({@code /cases/{id}/self}) and an expert's on-site sheet ({@code /cases/{id}/expert}),
 * and the expert's no-conflict declaration that must come first.
 */
@Controller
class SheetController {

	static final String VIEW = "evaluation/case/sheet";

	static final String STALE = "已被他人修改，请刷新后重试";

	private final CaseQueries queries;

	private final SheetDrafts drafts;

	private final SelfAssessments selfAssessments;

	private final Panels panels;

	private final OnSiteScoring onSite;

	private final Clock clock;

	SheetController(CaseQueries queries, SheetDrafts drafts, SelfAssessments selfAssessments, Panels panels,
			OnSiteScoring onSite, Clock clock) {
		this.queries = queries;
		this.drafts = drafts;
		this.selfAssessments = selfAssessments;
		this.panels = panels;
		this.onSite = onSite;
		this.clock = clock;
	}

	@GetMapping("/cases/{id}/{sheet:self|expert}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String sheet,
			Model model) {
		SheetKind kind = kindOf(user, sheet);
		if (kind == SheetKind.EXPERT && this.panels.needsDeclaration(user, id)) {
			return "redirect:/cases/" + id + "/declaration";
		}
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		CaseViews.SheetView own = own(user, detail, kind);
		// An expert's new sheet starts from the facts the system holds (质量投诉).
		SheetForm form = own == null && kind == SheetKind.EXPERT ? SheetReference.prefilled(detail) : SheetForm.of(own);
		return render(user, detail, kind, form, model);
	}

	@PostMapping("/cases/{id}/{sheet:self|expert}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String sheet,
			@ModelAttribute SheetParams params, Model model, RedirectAttributes redirect) {
		SheetKind kind = kindOf(user, sheet);
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		if (!store(user, detail, kind, form, model)) {
			return render(user, detail, kind, form, model);
		}
		redirect.addFlashAttribute("message", kind == SheetKind.SELF ? "自评已暂存" : "评分已暂存");
		return "redirect:/cases/" + id + "/" + sheet;
	}

	/**
	 * Saves what is on the form, then submits it; a refusal keeps the draft and says why.
	 */
	@PostMapping("/cases/{id}/{sheet:self|expert}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String sheet,
			@ModelAttribute SheetParams params, Model model, RedirectAttributes redirect) {
		SheetKind kind = kindOf(user, sheet);
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		if (!store(user, detail, kind, form, model)) {
			return render(user, detail, kind, form, model);
		}
		CaseViews.SheetView saved = own(user, this.queries.detail(user, id), kind);
		Long version = saved == null ? null : saved.version();
		RefusalTarget.to("/cases/" + id + "/" + sheet).prefixed("已暂存，但未能提交：").declare();
		try {
			if (kind == SheetKind.SELF) {
				this.selfAssessments.submitSelfAssessment(user, id, version);
			}
			else {
				this.onSite.submitExpertSheet(user, id, version);
			}
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", STALE);
			return "redirect:/cases/" + id + "/" + sheet;
		}
		redirect.addFlashAttribute("message", kind == SheetKind.SELF ? "自评已提交" : "评分已提交");
		return "redirect:/cases/" + id;
	}

	/** The live total beside the form; saves nothing. */
	@PostMapping("/cases/{id}/{sheet:self|expert}/preview")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String sheet,
			@ModelAttribute SheetParams params, Model model) {
		SheetKind kind = kindOf(user, sheet);
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		live(this.drafts, user, id, kind, form, model);
		model.addAttribute("codes", detail.rubric().criteria().stream().map(CriterionDefinition::code).toList());
		model.addAttribute("oob", true);
		return "evaluation/case/parts :: live";
	}

	@GetMapping("/cases/{id}/declaration")
	String declaration(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		requireExpert(user);
		CaseViews.CaseSummary summary = this.queries.casesOf(user)
			.stream()
			.filter(c -> c.id() == id)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException("未找到评估案件（编号 " + id + "），或您无权查看"));
		if (!this.panels.needsDeclaration(user, id)) {
			return "redirect:/cases/" + id + "/expert";
		}
		model.addAttribute("c", summary);
		return "evaluation/case/declaration";
	}

	@PostMapping("/cases/{id}/declaration")
	String declare(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		requireExpert(user);
		if (this.panels.needsDeclaration(user, id)) {
			this.panels.declareNoConflict(user, id);
			redirect.addFlashAttribute("message", "已签署无利益冲突声明，可以开始现场评分");
		}
		return "redirect:/cases/" + id + "/expert";
	}

	// ---------------------------------------------------------------- shared with the
	// other sheet pages

	/** Scores the form for the live panel; errors go beside their criteria. */
	static void live(SheetDrafts drafts, CurrentUser user, long id, SheetKind kind, SheetForm form, Model model) {
		// Fields that are not numbers are left out (and reported); the rest still count.
		Attempt<ScoreResult> preview = drafts.tryPreview(user, id, kind, form.readableInput());
		ScoreResult result = preview.value();
		form.reject(preview.errors());
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		if (result != null) {
			for (CriterionScore score : result.criteria()) {
				if (score.score() != null) {
					scores.put(score.code(), score.score());
				}
			}
			for (ItemScore item : result.items()) {
				if (item.complete() && !scores.containsKey(item.code())) {
					scores.put(item.code(), item.score());
				}
			}
		}
		model.addAttribute("form", form);
		model.addAttribute("result", result);
		model.addAttribute("scores", scores);
	}

	private SheetForm parse(CaseViews.CaseDetail detail, SheetParams params) {
		List<String> codes = detail.rubric().criteria().stream().map(CriterionDefinition::code).toList();
		List<String> vetoCodes = detail.rubric().vetoes().stream().map(VetoDefinition::code).toList();
		return SheetForm.parse(params, codes, vetoCodes);
	}

	/** Saves the draft; false (with the reason in the model) when it was refused. */
	private boolean store(CurrentUser user, CaseViews.CaseDetail detail, SheetKind kind, SheetForm form, Model model) {
		if (form.hasErrors()) {
			model.addAttribute("error", "未暂存：请先修改标红的细则（共 " + form.errors().size() + " 处）");
			return false;
		}
		Attempt<Void> saved;
		try {
			saved = this.drafts.trySaveSheet(user, detail.summary().id(), kind, form.input());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("error", STALE);
			return false;
		}
		if (!saved.errors().isEmpty()) {
			form.reject(saved.errors());
			model.addAttribute("error", "未暂存：请先修改标红的细则（共 " + form.errors().size() + " 处）");
		}
		else if (saved.refusal() != null) {
			model.addAttribute("error", saved.refusal());
		}
		return saved.done();
	}

	private String render(CurrentUser user, CaseViews.CaseDetail detail, SheetKind kind, SheetForm form, Model model) {
		CaseViews.SheetView own = own(user, detail, kind);
		// on-site scoring opens on the visit date: before it the expert's sheet is
		// read-only
		boolean visitAhead = kind == SheetKind.EXPERT
				&& !detail.scoringOpen(LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE));
		boolean editable = (kind == SheetKind.SELF || kind == SheetKind.EXPERT)
				&& detail.summary().stage().allows(user.role(), SheetEditing.editAction(kind))
				&& (own == null || !own.submitted()) && !visitAhead;
		model.addAttribute("visitNote", visitAhead ? detail.scoringClosedNote() : null);
		live(this.drafts, user, detail.summary().id(), kind, form, model);
		Map<String, CriterionRule> rules = new LinkedHashMap<>();
		detail.ruleSet().rules().forEach(rule -> rules.put(rule.criterionCode(), rule));
		model.addAttribute("detail", detail);
		model.addAttribute("c", detail.summary());
		model.addAttribute("rubric", detail.rubric());
		model.addAttribute("rules", rules);
		model.addAttribute("kind", kind);
		model.addAttribute("selfSheet", kind == SheetKind.SELF);
		model.addAttribute("path", kind == SheetKind.SELF ? "self" : "expert");
		model.addAttribute("own", own);
		model.addAttribute("editable", editable);
		model.addAttribute("version", form.version() != null ? form.version() : own == null ? null : own.version());
		model.addAttribute("reference", kind == SheetKind.EXPERT ? SheetReference.of(detail) : SheetReference.NONE);
		return VIEW;
	}

	private static CaseViews.SheetView own(CurrentUser user, CaseViews.CaseDetail detail, SheetKind kind) {
		return kind == SheetKind.SELF ? detail.sheet(SheetKind.SELF) : CasePage.ownExpertSheet(user, detail);
	}

	private static SheetKind kindOf(CurrentUser user, String sheet) {
		if ("expert".equals(sheet)) {
			requireExpert(user);
			return SheetKind.EXPERT;
		}
		return SheetKind.SELF;
	}

	private static void requireExpert(CurrentUser user) {
		if (!user.hasRole(Role.EXPERT)) {
			throw new CaseNotFoundException("只有专家组成员可以打开现场评分表");
		}
	}

}
