package cn.gov.cq.jianping.evaluation.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.evaluation.Attempt;
import cn.gov.cq.jianping.evaluation.ExpertPool;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;

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
 * 专家库: the center keeps the pool and the conflicts of interest its experts declared; the
 * bureau may look. The service refuses changes by anyone but the center.
 */
@Controller
class ExpertPoolController {

	private static final String VIEW_LIST = "evaluation/expert/list";

	private final ExpertPool pool;

	private final InstitutionRegistry registry;

	ExpertPoolController(ExpertPool pool, InstitutionRegistry registry) {
		this.pool = pool;
		this.registry = registry;
	}

	@GetMapping("/experts")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("expertInput")) {
			model.addAttribute("expertInput", ExpertForm.EMPTY);
		}
		return listView(user, model);
	}

	@PostMapping("/experts")
	String add(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("expertInput") ExpertForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return listView(user, model);
		}
		Attempt<Long> added = this.pool.tryAddExpert(user, form.username(), form.name(), form.speciality(),
				form.employer());
		if (!added.done()) {
			model.addAttribute("addError", added.refusal());
			return listView(user, model);
		}
		redirect.addFlashAttribute("message", "专家“" + form.name().trim() + "”已加入专家库");
		return "redirect:/experts";
	}

	@PostMapping("/experts/{id}/conflicts")
	String declareConflict(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute ConflictForm form, BindingResult result, RedirectAttributes redirect) {
		Long institutionId = form.institutionId();
		if (institutionId != null && this.registry.find(institutionId).isEmpty()) {
			result.rejectValue("institutionId", "unknown", "请选择存在利益冲突的机构");
		}
		if (result.hasErrors()) {
			redirect.addFlashAttribute("error", FormErrors.of(result));
			redirect.addFlashAttribute("conflictError", id);
			return "redirect:/experts#expert-" + id;
		}
		RefusalTarget.to("/experts#expert-" + id).keeping("conflictError", id).declare();
		this.pool.declareConflict(user, id, institutionId, form.reason());
		redirect.addFlashAttribute("message", "已登记利益冲突：该专家不会被分配到“"
				+ this.registry.find(institutionId).map(InstitutionView::name).orElse("") + "”的专家组");
		return "redirect:/experts#expert-" + id;
	}

	private String listView(CurrentUser user, Model model) {
		List<InstitutionView> institutions = this.registry.all()
			.stream()
			.sorted(Comparator.comparing(InstitutionView::name))
			.toList();
		Map<Long, String> names = new LinkedHashMap<>();
		institutions.forEach(i -> names.put(i.id(), i.name()));
		model.addAttribute("experts", this.pool.expertPool());
		model.addAttribute("institutions", institutions);
		model.addAttribute("institutionNames", names);
		model.addAttribute("canEdit", user.hasRole(Role.CENTER));
		return VIEW_LIST;
	}

}
