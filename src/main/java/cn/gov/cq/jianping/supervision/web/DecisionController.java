package cn.gov.cq.jianping.supervision.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import cn.gov.cq.jianping.document.IssuedDocumentResponse;
import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.web.list.CsvExport;
import cn.gov.cq.jianping.shared.web.list.ListModel;
import cn.gov.cq.jianping.shared.web.list.PageQuery;
import cn.gov.cq.jianping.supervision.DecisionListing;
import cn.gov.cq.jianping.supervision.SupervisionDecisions;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 取消备案、暂停评价、降低等级: staff propose, the bureau decides with reasons, and the decision letter
 * is downloaded as a PDF (第十八条 to 第二十条).
 */
@Controller
class DecisionController {

	/** The kinds of measure, in the order the form offers them. */
	record KindOption(String code, String label) {
	}

	static final List<KindOption> KINDS = List.of(new KindOption("SUSPEND", "暂停评价活动"),
			new KindOption("DOWNGRADE", "降低机构评估等级"), new KindOption("CANCEL_REGISTRATION", "取消机构备案"));

	/** What the proposal form holds, kept when it is refused. */
	record ProposalForm(@NotNull(message = "{decision.institution.required}") Long institutionId,
			@NotBlank(message = "{decision.kind.required}") @Pattern(regexp = "SUSPEND|DOWNGRADE|CANCEL_REGISTRATION",
					message = "{decision.kind.required}") String kind,
			@NotBlank(message = "{decision.grounds.required}") String grounds, Grade newGrade) {

		boolean downgrade() {
			return "DOWNGRADE".equals(this.kind);
		}

	}

	/** A downgrade names its new grade. */
	static final class NewGradeRule implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return ProposalForm.class.equals(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			ProposalForm form = (ProposalForm) target;
			if (form.downgrade() && form.newGrade() == null && !errors.hasFieldErrors("newGrade")) {
				errors.rejectValue("newGrade", "decision.newGrade.required");
			}
		}

	}

	/** What the bureau's decision form holds. */
	record DecideForm(@NotNull(message = "{decision.adopt.required}") Boolean adopt,
			@NotBlank(message = "{decision.reason.required}") String reason) {
	}

	private final SupervisionDecisions decisions;

	private final Pages pages;

	private final FormErrors errors;

	private final DecisionListing listing;

	DecisionController(SupervisionDecisions decisions, Pages pages, FormErrors errors, DecisionListing listing) {
		this.decisions = decisions;
		this.listing = listing;
		this.pages = pages;
		this.errors = errors;
	}

	@InitBinder("form")
	void rules(WebDataBinder binder) {
		if (binder.getTarget() == null || binder.getTarget() instanceof ProposalForm) {
			binder.addValidators(new NewGradeRule());
		}
	}

	@GetMapping("/supervision/decisions")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long institutionId,
			@RequestParam Map<String, String> params, Model model) {
		model.addAttribute("query", DecisionListing.query(params));
		model.addAttribute("print", ListModel.print(params));
		return list(user, new ProposalForm(institutionId, null, null, null), null, model);
	}

	/** Exactly the filtered rows within scope. */
	@GetMapping("/supervision/decisions/export.csv")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params) {
		List<List<Object>> rows = this.listing.all(user, DecisionListing.query(params))
			.stream()
			.map(DecisionListing.Row::cells)
			.toList();
		return CsvExport.download("处理决定.csv", DecisionListing.EXPORT_HEADER, rows);
	}

	@PostMapping("/supervision/decisions")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	@OnRefusal("/supervision/decisions")
	String propose(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute("form") ProposalForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors() && form.downgrade()) {
			this.decisions.downgradeRefusal(user, form.institutionId(), form.newGrade())
				.ifPresent(reason -> result.rejectValue("newGrade", "decision.newGrade.refused", reason));
		}
		if (result.hasErrors()) {
			return list(user, form, this.errors.first(result, "institutionId", "kind", "grounds", "newGrade"), model);
		}
		long id = this.decisions.propose(user, form.institutionId(), form.kind(), form.grounds(), form.newGrade());
		redirect.addFlashAttribute("message", user.hasRole(Role.BUREAU) ? "已登记，请在下方作出决定" : "已提请市人力社保局决定");
		return "redirect:/supervision/decisions/" + id;
	}

	@GetMapping("/supervision/decisions/{id:\\d+}")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		SupervisionDecisions.DecisionView decision = this.decisions.get(user, id);
		model.addAttribute("decision", decision);
		model.addAttribute("canDecide", user.hasRole(Role.BUREAU));
		// 第十九条: only a decided cancellation can be corrected, and only by the bureau
		model.addAttribute("canReverse", user.hasRole(Role.BUREAU) && "CANCEL_REGISTRATION".equals(decision.kindCode())
				&& !decision.pending() && decision.documentNumber() != null && "已决定".equals(decision.status()));
		return "supervision/decision";
	}

	@PostMapping("/supervision/decisions/{id:\\d+}/decide")
	@PreAuthorize("hasRole('BUREAU')")
	@OnRefusal("/supervision/decisions/{id}")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute("decideForm") DecideForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("decideError", this.errors.first(result, "adopt", "reason"));
			model.addAttribute("decideReason", form.reason());
			model.addAttribute("decideAdopt", form.adopt());
			return show(user, id, model);
		}
		this.decisions.decide(user, id, form.adopt(), form.reason());
		redirect.addFlashAttribute("message", form.adopt() ? "已作出决定，处理决定书已生成" : "已决定不予采纳");
		return "redirect:/supervision/decisions/" + id;
	}

	/** What the reversal form holds. */
	record ReverseForm(@NotBlank(message = "{decision.reason.required}") String reason) {
	}

	/**
	 * 第十九条: a cancellation made in error is corrected only by a reasoned reversal
	 * decision.
	 */
	@PostMapping("/supervision/decisions/{id:\\d+}/reverse")
	@PreAuthorize("hasRole('BUREAU')")
	@OnRefusal("/supervision/decisions/{id}")
	String reverse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute("reverseForm") ReverseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("reverseError", this.errors.first(result, "reason"));
			return show(user, id, model);
		}
		long reversal = this.decisions.reverse(user, id, form.reason());
		redirect.addFlashAttribute("message", "已作出撤销决定，机构备案已恢复");
		return "redirect:/supervision/decisions/" + reversal;
	}

	/** 处理决定书; the institution concerned may download its own. */
	@GetMapping("/supervision/decisions/{id:\\d+}.pdf")
	ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			WebRequest request) {
		// as issued, from storage: the institution's later changes never alter it
		return IssuedDocumentResponse.of(this.decisions.issuedDocument(user, id), request, false);
	}

	private String list(CurrentUser user, ProposalForm form, String proposeError, Model model) {
		PageQuery query = model.getAttribute("query") instanceof PageQuery asked ? asked
				: DecisionListing.query(Map.of());
		ListModel.put(model, this.listing.page(user, query, "/supervision/decisions"),
				() -> this.listing.all(user, query), Boolean.TRUE.equals(model.getAttribute("print")), "decisions");
		model.addAttribute("institutions", this.pages.institutionsOf(user));
		model.addAttribute("kinds", KINDS);
		model.addAttribute("grades", List.of(Grade.QUALIFIED, Grade.BASIC, Grade.UNQUALIFIED));
		model.addAttribute("form", form);
		model.addAttribute("proposeError", proposeError);
		model.addAttribute("bureau", user.hasRole(Role.BUREAU));
		return "supervision/decisions";
	}

}
