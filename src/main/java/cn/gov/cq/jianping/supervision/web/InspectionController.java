package cn.gov.cq.jianping.supervision.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.web.list.CsvExport;
import cn.gov.cq.jianping.shared.web.list.ListModel;
import cn.gov.cq.jianping.shared.web.list.PageQuery;
import cn.gov.cq.jianping.supervision.InspectionListing;
import cn.gov.cq.jianping.supervision.InspectionPlans;
import cn.gov.cq.jianping.supervision.SpotChecks;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 日常检查计划 from the grades, and 专项抽查 draws that anyone can re-draw from the recorded seed
 * and population (第二十条).
 */
@Controller
@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
class InspectionController {

	private static final String PLAN_PATH = "/supervision/inspections";

	/**
	 * What the draw form holds, kept when it is refused; the numbers are checked as
	 * typed.
	 */
	record DrawForm(
			@NotBlank(message = "{draw.title.required}") @Size(max = 200, message = "{draw.title.size}") String title,
			InstitutionType type, String authority,
			@NotBlank(message = "{draw.size.invalid}") @Pattern(regexp = "\\s*[+-]?\\d{1,9}\\s*",
					message = "{draw.size.invalid}") String size,
			@Pattern(regexp = "\\s*([+-]?\\d{1,18})?\\s*", message = "{draw.seed.invalid}") String seed) {

		int sizeValue() {
			return Integer.parseInt(this.size.trim());
		}

		Long seedValue() {
			return this.seed == null || this.seed.isBlank() ? null : Long.valueOf(this.seed.trim());
		}

	}

	/** A draw takes at least one institution. */
	static final class SizeRule implements Validator {

		@Override
		public boolean supports(Class<?> type) {
			return DrawForm.class.equals(type);
		}

		@Override
		public void validate(Object target, Errors errors) {
			DrawForm form = (DrawForm) target;
			if (!errors.hasFieldErrors("size") && form.sizeValue() < 1) {
				errors.rejectValue("size", "draw.size.min");
			}
		}

	}

	/** What a finding form holds. */
	record FindingForm(@NotBlank(message = "{draw.finding.required}") String finding) {
	}

	/** One institution of a draw's population, marked when sampled. */
	record Member(long id, String name, boolean sampled) {
	}

	private final InspectionPlans inspections;

	private final SpotChecks spotChecks;

	private final Pages pages;

	private final FormErrors errors;

	private final Clock clock;

	private final InspectionListing listing;

	InspectionController(InspectionPlans inspections, InspectionListing listing, SpotChecks spotChecks, Pages pages,
			FormErrors errors, Clock clock) {
		this.inspections = inspections;
		this.listing = listing;
		this.spotChecks = spotChecks;
		this.pages = pages;
		this.errors = errors;
		this.clock = clock;
	}

	@InitBinder("form")
	void rules(WebDataBinder binder) {
		if (binder.getTarget() == null || binder.getTarget() instanceof DrawForm) {
			binder.addValidators(new SizeRule());
		}
	}

	/**
	 * The plan with the list pattern; this year's plan unless another year (or "全部",
	 * every year) is asked for.
	 */
	@GetMapping("/supervision/inspections")
	String plan(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
		int currentYear = LocalDate.now(this.clock).getYear();
		PageQuery query = planQuery(params, currentYear);
		ListModel.put(model, this.listing.page(user, query, PLAN_PATH, currentYear),
				() -> this.listing.all(user, query), ListModel.print(params), "items");
		Long year = query.longFilter("year");
		model.addAttribute("year", year);
		model.addAttribute("planYear", year != null ? year : currentYear);
		model.addAttribute("canGenerate", user.hasRole(Role.CENTER) || user.hasRole(Role.BUREAU));
		return "supervision/inspections";
	}

	/** The plan's query: this year's unless a year (or "全部", blank) was asked for. */
	private static PageQuery planQuery(Map<String, String> params, int currentYear) {
		Map<String, String> asked = new LinkedHashMap<>(params);
		asked.putIfAbsent("year", String.valueOf(currentYear));
		return InspectionListing.query(asked);
	}

	@GetMapping(PLAN_PATH + "/export.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params) {
		List<List<Object>> rows = this.listing.all(user, planQuery(params, LocalDate.now(this.clock).getYear()))
			.stream()
			.map(InspectionListing.Row::cells)
			.toList();
		return CsvExport.download("日常检查计划.csv", InspectionListing.EXPORT_HEADER, rows);
	}

	@PostMapping("/supervision/inspections/plan")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU')")
	String generate(@AuthenticationPrincipal CurrentUser user, @RequestParam int year, RedirectAttributes redirect) {
		int created = this.inspections.generatePlan(user, year);
		redirect.addFlashAttribute("message", year + " 年度日常检查计划已生成，新增 " + created + " 项");
		return "redirect:/supervision/inspections?year=" + year;
	}

	@PostMapping("/supervision/inspections/{itemId}/done")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU','DISTRICT')")
	@OnRefusal("/supervision/inspections?year={year}")
	String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long itemId, @RequestParam int year,
			@RequestParam(required = false) String finding, RedirectAttributes redirect) {
		this.inspections.complete(user, itemId, finding);
		redirect.addFlashAttribute("message", "已记录检查情况");
		return "redirect:/supervision/inspections?year=" + year;
	}

	@GetMapping("/supervision/draws")
	String draws(@AuthenticationPrincipal CurrentUser user, Model model) {
		return draws(user, new DrawForm(null, null, null, "5", null), null, model);
	}

	@PostMapping("/supervision/draws")
	@PreAuthorize("hasAnyRole('CENTER','BUREAU')")
	@OnRefusal("/supervision/draws")
	String draw(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute("form") DrawForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return draws(user, form, this.errors.first(result, "title", "size", "seed"), model);
		}
		SpotChecks.Draw draw = this.spotChecks.drawAmongNormal(user, form.title(), form.type(), form.authority(),
				form.sizeValue(), form.seedValue());
		redirect.addFlashAttribute("message", "已抽取 " + draw.size() + " 个机构，种子 " + draw.seed());
		return "redirect:/supervision/draws/" + draw.id();
	}

	@GetMapping("/supervision/draws/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return show(user, id, null, model);
	}

	@PostMapping("/supervision/draws/{id}/findings")
	@OnRefusal("/supervision/draws/{id}")
	String finding(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam long institutionId,
			@Validated @ModelAttribute("findingForm") FindingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			this.spotChecks.findingRefusal(user, id, institutionId)
				.ifPresent(reason -> result.rejectValue("finding", "draw.finding.refused", reason));
		}
		if (result.hasErrors()) {
			return show(user, id, Map.of("institutionId", institutionId, "text",
					form.finding() == null ? "" : form.finding(), "error", this.errors.first(result, "finding")),
					model);
		}
		this.spotChecks.recordFinding(user, id, institutionId, form.finding());
		redirect.addFlashAttribute("message", "已记录“" + this.pages.nameOf(institutionId) + "”的检查发现");
		return "redirect:/supervision/draws/" + id;
	}

	private String draws(CurrentUser user, DrawForm form, String drawError, Model model) {
		model.addAttribute("draws", this.spotChecks.draws(user));
		model.addAttribute("canDraw", user.hasRole(Role.CENTER) || user.hasRole(Role.BUREAU));
		model.addAttribute("form", form);
		model.addAttribute("drawError", drawError);
		model.addAttribute("types", Arrays.asList(InstitutionType.values()));
		model.addAttribute("districts", Districts.all().list());
		return "supervision/draws";
	}

	private String show(CurrentUser user, long id, Map<String, Object> failedFinding, Model model) {
		SpotChecks.Draw draw = this.spotChecks.draw(user, id);
		Map<Long, String> names = this.pages.names();
		Set<Long> sampled = Set.copyOf(draw.sample());
		List<Member> population = draw.population()
			.stream()
			.map(m -> new Member(m, Pages.nameIn(names, m), sampled.contains(m)))
			.toList();
		List<Member> sample = draw.sample().stream().map(m -> new Member(m, Pages.nameIn(names, m), true)).toList();
		Set<Long> mine = this.pages.institutionsOf(user).stream().map(InstitutionView::id).collect(Collectors.toSet());
		model.addAttribute("draw", draw);
		model.addAttribute("verified", this.spotChecks.verifyDraw(id));
		model.addAttribute("population", population);
		model.addAttribute("sample", sample);
		model.addAttribute("findings", this.spotChecks.findings(user, id));
		model.addAttribute("inScope", mine);
		model.addAttribute("failedFinding", failedFinding);
		return "supervision/draw";
	}

}
