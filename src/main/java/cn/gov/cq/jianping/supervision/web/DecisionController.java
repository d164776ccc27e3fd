package cn.gov.cq.jianping.supervision.web;

import java.util.List;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.SupervisionDecisions;
import cn.gov.cq.jianping.supervision.SupervisionRejectedException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 取消备案、暂停评价、降低等级: staff propose, the bureau decides with reasons, and the decision
 * letter is downloaded as a PDF (第十八条 to 第二十条).
 */
@Controller
class DecisionController {

	/** The kinds of measure, in the order the form offers them. */
	record KindOption(String code, String label) {
	}

	static final List<KindOption> KINDS = List.of(new KindOption("SUSPEND", "暂停评价活动"),
			new KindOption("DOWNGRADE", "降低机构评估等级"), new KindOption("CANCEL_REGISTRATION", "取消机构备案"));

	/** What the proposal form holds, kept when it is refused. */
	record ProposalForm(Long institutionId, String kind, String grounds, Grade newGrade) {
	}

	private final SupervisionDecisions decisions;

	private final Pages pages;

	DecisionController(SupervisionDecisions decisions, Pages pages) {
		this.decisions = decisions;
		this.pages = pages;
	}

	@GetMapping("/supervision/decisions")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long institutionId,
			Model model) {
		return list(user, new ProposalForm(institutionId, null, null, null), null, model);
	}

	@PostMapping("/supervision/decisions")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	String propose(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long institutionId,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String grounds,
			@RequestParam(required = false) Grade newGrade, Model model, RedirectAttributes redirect) {
		ProposalForm form = new ProposalForm(institutionId, kind, grounds, newGrade);
		try {
			if (institutionId == null) {
				throw new SupervisionRejectedException("请选择机构");
			}
			long id = this.decisions.propose(user, institutionId, kind, grounds, newGrade);
			redirect.addFlashAttribute("message", user.hasRole(Role.BUREAU) ? "已登记，请在下方作出决定" : "已提请市人力社保局决定");
			return "redirect:/supervision/decisions/" + id;
		}
		catch (SupervisionRejectedException ex) {
			return list(user, form, ex.getMessage(), model);
		}
	}

	@GetMapping("/supervision/decisions/{id:\\d+}")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("decision", this.decisions.get(user, id));
		model.addAttribute("canDecide", user.hasRole(Role.BUREAU));
		return "supervision/decision";
	}

	@PostMapping("/supervision/decisions/{id:\\d+}/decide")
	@PreAuthorize("hasRole('BUREAU')")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Boolean adopt, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		try {
			if (adopt == null) {
				throw new SupervisionRejectedException("请选择是否采纳");
			}
			this.decisions.decide(user, id, adopt, reason);
		}
		catch (SupervisionRejectedException ex) {
			model.addAttribute("decideError", ex.getMessage());
			model.addAttribute("decideReason", reason);
			model.addAttribute("decideAdopt", adopt);
			return show(user, id, model);
		}
		redirect.addFlashAttribute("message", adopt ? "已作出决定，处理决定书已生成" : "已决定不予采纳");
		return "redirect:/supervision/decisions/" + id;
	}

	/** 处理决定书; the institution concerned may download its own. */
	@GetMapping("/supervision/decisions/{id:\\d+}.pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return Pages.pdf(this.decisions.document(user, id), "处理决定书-" + id + ".pdf");
	}

	private String list(CurrentUser user, ProposalForm form, String proposeError, Model model) {
		model.addAttribute("decisions", this.decisions.visibleTo(user));
		model.addAttribute("institutions", this.pages.institutionsOf(user));
		model.addAttribute("kinds", KINDS);
		model.addAttribute("grades", List.of(Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED));
		model.addAttribute("form", form);
		model.addAttribute("proposeError", proposeError);
		model.addAttribute("bureau", user.hasRole(Role.BUREAU));
		return "supervision/decisions";
	}

}
