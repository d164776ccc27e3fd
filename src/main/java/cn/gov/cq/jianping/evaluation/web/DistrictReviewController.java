package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.evaluation.Attempt;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.DistrictReviews;
import cn.gov.cq.jianping.evaluation.SheetDrafts;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.evaluation.model.CaseAction;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.rubric.ItemDefinition;
import cn.gov.cq.jianping.scoring.model.ItemScore;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 区县初评 (第十条): a preliminary score and an opinion per item beside the institution's
 * self-assessment; then forward to the center or return to the institution.
 */
@Controller
@PreAuthorize("hasRole('DISTRICT')")
class DistrictReviewController {

	private final CaseQueries queries;

	private final SheetDrafts drafts;

	private final DistrictReviews districtReviews;

	DistrictReviewController(CaseQueries queries, SheetDrafts drafts, DistrictReviews districtReviews) {
		this.queries = queries;
		this.drafts = drafts;
		this.districtReviews = districtReviews;
	}

	@GetMapping("/cases/{id}/district")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		return render(user, detail, SheetForm.of(detail.sheet(SheetKind.DISTRICT)), model);
	}

	@PostMapping("/cases/{id}/district")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute SheetParams params,
			Model model, RedirectAttributes redirect) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		if (!store(user, detail, form, model)) {
			return render(user, detail, form, model);
		}
		redirect.addFlashAttribute("message", "初评意见已暂存");
		return "redirect:/cases/" + id + "/district";
	}

	@PostMapping("/cases/{id}/district/forward")
	String forward(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute SheetParams params,
			Model model, RedirectAttributes redirect) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		if (!store(user, detail, form, model)) {
			return render(user, detail, form, model);
		}
		RefusalTarget.to("/cases/" + id + "/district").prefixed("已暂存，但未能报送：").declare();
		this.districtReviews.forwardToCenter(user, id);
		redirect.addFlashAttribute("message", "初评已报送市职业技能鉴定指导中心");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/district/return")
	String returnToInstitution(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ReturnForm form, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", "未能退回：" + FormErrors.of(result));
			redirect.addFlashAttribute("returnReason", form.reason());
			return "redirect:/cases/" + id + "/district";
		}
		RefusalTarget.to("/cases/" + id + "/district")
			.prefixed("未能退回：")
			.keeping("returnReason", form.reason())
			.declare();
		this.districtReviews.returnToInstitution(user, id, form.reason());
		redirect.addFlashAttribute("message", "已退回机构重新自评");
		return "redirect:/cases/" + id;
	}

	@PostMapping("/cases/{id}/district/preview")
	String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute SheetParams params,
			Model model) {
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		SheetForm form = parse(detail, params);
		SheetController.live(this.drafts, user, id, SheetKind.DISTRICT, form, model);
		model.addAttribute("codes", detail.rubric().items().stream().map(ItemDefinition::code).toList());
		model.addAttribute("oob", true);
		return "evaluation/case/parts :: live";
	}

	private static SheetForm parse(CaseViews.CaseDetail detail, SheetParams params) {
		List<String> items = detail.rubric().items().stream().map(ItemDefinition::code).toList();
		return SheetForm.parse(params, items, List.of());
	}

	private boolean store(CurrentUser user, CaseViews.CaseDetail detail, SheetForm form, Model model) {
		if (form.hasErrors()) {
			model.addAttribute("error", "未暂存：请先修改标红的项目（共 " + form.errors().size() + " 处）");
			return false;
		}
		Attempt<Void> saved;
		try {
			saved = this.drafts.trySaveSheet(user, detail.summary().id(), SheetKind.DISTRICT, form.input());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("error", SheetController.STALE);
			return false;
		}
		if (!saved.errors().isEmpty()) {
			form.reject(saved.errors());
			model.addAttribute("error", "未暂存：请先修改标红的项目（共 " + form.errors().size() + " 处）");
		}
		else if (saved.refusal() != null) {
			model.addAttribute("error", saved.refusal());
		}
		return saved.done();
	}

	private String render(CurrentUser user, CaseViews.CaseDetail detail, SheetForm form, Model model) {
		CaseViews.SheetView own = detail.sheet(SheetKind.DISTRICT);
		boolean editable = detail.summary().stage().allows(user.role(), CaseAction.EDIT_DISTRICT_SHEET)
				&& (own == null || !own.submitted());
		SheetController.live(this.drafts, user, detail.summary().id(), SheetKind.DISTRICT, form, model);
		Map<String, BigDecimal> selfItems = new LinkedHashMap<>();
		CaseViews.SheetView self = detail.sheet(SheetKind.SELF);
		if (self != null && self.result() != null) {
			for (ItemScore item : self.result().items()) {
				selfItems.put(item.code(), item.score());
			}
		}
		model.addAttribute("detail", detail);
		model.addAttribute("c", detail.summary());
		model.addAttribute("rubric", detail.rubric());
		model.addAttribute("selfSheet", self);
		model.addAttribute("selfItems", selfItems);
		model.addAttribute("own", own);
		model.addAttribute("editable", editable);
		model.addAttribute("version", form.version() != null ? form.version() : own == null ? null : own.version());
		return "evaluation/case/district";
	}

}
