package cn.gov.cq.jianping.scoring;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.scoring.model.RuleType;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rule set pages: the center edits, the bureau reads.
 */
@Controller
@PreAuthorize("hasAnyRole('CENTER','BUREAU')")
class RuleSetController {

	private static final String VIEW_LIST = "scoring/rule-sets";

	private static final String VIEW_EDIT = "scoring/rule-set";

	private final RuleSets ruleSets;

	RuleSetController(RuleSets ruleSets) {
		this.ruleSets = ruleSets;
	}

	@ModelAttribute("ruleTypes")
	List<RuleType> ruleTypes() {
		return Arrays.asList(RuleType.values());
	}

	@GetMapping("/rule-sets")
	String list(Model model) {
		model.addAttribute("ruleSets", this.ruleSets.list());
		return VIEW_LIST;
	}

	@PostMapping("/rule-sets")
	@PreAuthorize("hasRole('CENTER')")
	String copy(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long sourceId,
			@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
		try {
			if (sourceId == null) {
				throw new RuleSetRejectedException("请选择复制来源");
			}
			long id = this.ruleSets.copy(user.getUsername(), sourceId, name);
			redirect.addFlashAttribute("message", "已创建评分细则“" + name.trim() + "”，请逐项细化后保存");
			return "redirect:/rule-sets/" + id;
		}
		catch (RuleSetRejectedException ex) {
			model.addAttribute("copyError", ex.getMessage());
			model.addAttribute("copyName", name);
			model.addAttribute("copySource", sourceId);
			return list(model);
		}
	}

	@GetMapping("/rule-sets/{id}")
	String show(@PathVariable long id, Model model) {
		RuleSetView view = this.ruleSets.view(id);
		RuleSetForm form = RuleSets.formOf(view);
		return editor(id, view, form, this.ruleSets.check(id, form), model);
	}

	@PostMapping("/rule-sets/{id}")
	@PreAuthorize("hasRole('CENTER')")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") RuleSetForm form, Model model, RedirectAttributes redirect) {
		try {
			this.ruleSets.save(user.getUsername(), id, form);
		}
		catch (RuleSetRejectedException ex) {
			model.addAttribute("error", "评分细则未保存：请先修改下列问题");
			return editor(id, this.ruleSets.view(id), form, this.ruleSets.check(id, form), model);
		}
		redirect.addFlashAttribute("message", "评分细则已保存");
		return "redirect:/rule-sets/" + id;
	}

	/** The live check the editor asks for as the user types; saves nothing. */
	@PostMapping("/rule-sets/{id}/check")
	@PreAuthorize("hasRole('CENTER')")
	String check(@PathVariable long id, @ModelAttribute("form") RuleSetForm form, Model model) {
		model.addAttribute("check", this.ruleSets.check(id, form));
		model.addAttribute("ruleSet", this.ruleSets.view(id));
		return VIEW_EDIT + " :: check";
	}

	@PostMapping("/rule-sets/{id}/freeze")
	@PreAuthorize("hasRole('CENTER')")
	String freeze(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		try {
			this.ruleSets.freeze(user.getUsername(), id, version);
			redirect.addFlashAttribute("message", "评分细则已冻结，此后不可修改");
		}
		catch (RuleSetRejectedException ex) {
			redirect.addFlashAttribute("error", "不能冻结：" + ex.getMessage());
		}
		return "redirect:/rule-sets/" + id;
	}

	private String editor(long id, RuleSetView view, RuleSetForm form, RuleSets.Check check, Model model) {
		model.addAttribute("ruleSet", view);
		model.addAttribute("form", form);
		model.addAttribute("check", check);
		model.addAttribute("rubric", view.ruleSet().rubric());
		Map<String, Integer> rowOf = new HashMap<>();
		for (int i = 0; i < form.getRules().size(); i++) {
			rowOf.put(form.getRules().get(i).getCriterionCode(), i);
		}
		model.addAttribute("rowOf", rowOf);
		return VIEW_EDIT;
	}

}
