package cn.gov.cq.jianping.institution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.web.list.ScopedDistricts;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the registry. Who may open them is declared in the security configuration;
 * which institutions they show is decided by {@link InstitutionRegistry}.
 */
@Controller
class InstitutionController {

	private static final String VIEW_LIST = "institution/list";

	private static final String VIEW_FORM = "institution/form";

	private static final String VIEW_DETAILS = "institution/details";

	/** Columns the list may be sorted by, mapped to entity properties. */
	private static final Map<String, String> SORTABLE = Map.of("name", "name", "creditCode", "creditCode",
			"registeredOn", "registeredOn", "expiresOn", "expiresOn", "status", "status", "type", "type");

	private static final Set<Integer> PAGE_SIZES = Set.of(10, 20, 50, 100);

	private final InstitutionRegistry registry;

	private final MessageSource messages;

	private final Clock clock;

	InstitutionController(InstitutionRegistry registry, MessageSource messages, Clock clock) {
		this.registry = registry;
		this.messages = messages;
		this.clock = clock;
	}

	/** For 备案已过期: a registration past its expiry date is shown as expired, not 正常. */
	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	@ModelAttribute("types")
	List<InstitutionType> types() {
		return Arrays.asList(InstitutionType.values());
	}

	@ModelAttribute("statuses")
	List<InstitutionStatus> statuses() {
		return Arrays.asList(InstitutionStatus.values());
	}

	@ModelAttribute("districts")
	List<District> districts(@AuthenticationPrincipal CurrentUser user) {
		// office: a district office is offered only its own district in the filter
		return user != null && user.districtCode() != null ? ScopedDistricts.options(user.districtCode())
				: Districts.all().list();
	}

	@ModelAttribute("offersCity")
	boolean offersCity(@AuthenticationPrincipal CurrentUser user) {
		return user == null || ScopedDistricts.offersCity(user.districtCode());
	}

	@GetMapping("/institutions")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String district,
			@RequestParam(required = false) InstitutionStatus status, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir, Model model) {
		InstitutionSearch search = new InstitutionSearch(q, type, district, status);
		Sort order = sortOf(sort, dir);
		int pageSize = PAGE_SIZES.contains(size) ? size : 20;
		Page<InstitutionView> results = this.registry.search(user, search,
				PageRequest.of(Math.max(page, 0), pageSize, order));
		model.addAttribute("search", search);
		model.addAttribute("results", results);
		model.addAttribute("sort", SORTABLE.containsKey(sort) ? sort : "name");
		model.addAttribute("dir", "desc".equals(dir) ? "desc" : "asc");
		model.addAttribute("size", pageSize);
		model.addAttribute("canEdit", InstitutionRegistry.canEdit(user));
		return VIEW_LIST;
	}

	@GetMapping("/institutions/export.xlsx")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) InstitutionType type, @RequestParam(required = false) String district,
			@RequestParam(required = false) InstitutionStatus status, @RequestParam(defaultValue = "name") String sort,
			@RequestParam(defaultValue = "asc") String dir) {
		InstitutionSearch search = new InstitutionSearch(q, type, district, status);
		return XlsxDownloads.attachment(
				InstitutionExport.export(row -> this.registry.forEach(user, search, sortOf(sort, dir), row)),
				"备案机构.xlsx");
	}

	@GetMapping("/institutions/new")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		InstitutionForm form = InstitutionForm.empty();
		if (user.hasRole(Role.DISTRICT)) {
			form = new InstitutionForm(null, null, InstitutionType.LEVEL, user.districtCode(), null, null, null, null,
					null, null, null, null);
		}
		model.addAttribute("form", form);
		return formView(user, model, true);
	}

	@PostMapping("/institutions/new")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") InstitutionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		rejectProblems(user, form, result);
		if (result.hasErrors()) {
			return formView(user, model, true);
		}
		try {
			long id = this.registry.create(user, form);
			redirect.addFlashAttribute("message", "机构“" + form.name().trim() + "”已登记");
			return "redirect:/institutions/" + id;
		}
		catch (InstitutionRejectedException ex) {
			result.rejectValue(ex.field(), "rejected", ex.getMessage());
			return formView(user, model, true);
		}
	}

	@GetMapping("/institutions/{id}")
	String showInstitution(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("institution", this.registry.get(user, id));
		model.addAttribute("canEdit", InstitutionRegistry.canEdit(user));
		return VIEW_DETAILS;
	}

	@GetMapping("/institutions/{id}/edit")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		InstitutionView institution = this.registry.get(user, id);
		model.addAttribute("form",
				InstitutionForm.of(
						new InstitutionDetails(institution.name(), institution.creditCode(), institution.type(),
								institution.districtCode(), institution.registrationNumber(),
								institution.registeredOn(), institution.expiresOn(), institution.scopeOccupations(),
								institution.evaluationSites(), institution.contactPerson(), institution.contactPhone()),
						institution.version()));
		model.addAttribute("institutionId", id);
		return formView(user, model, false);
	}

	@PostMapping("/institutions/{id}/edit")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@ModelAttribute("form") InstitutionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.registry.get(user, id);
		model.addAttribute("institutionId", id);
		rejectProblems(user, form, result);
		if (result.hasErrors()) {
			return formView(user, model, false);
		}
		try {
			this.registry.update(user, id, form);
		}
		catch (InstitutionRejectedException ex) {
			result.rejectValue(ex.field(), "rejected", ex.getMessage());
			return formView(user, model, false);
		}
		redirect.addFlashAttribute("message", "机构信息已保存");
		return "redirect:/institutions/" + id;
	}

	/**
	 * The status form sits on the details page, so its errors travel back there with the
	 * redirect: the first one as the page's error message, each beside its field, and the
	 * reason as typed.
	 */
	@PostMapping("/institutions/{id}/status")
	String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("statusForm") StatusChangeForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.registry.get(user, id);
			Map<String, String> errors = new LinkedHashMap<>();
			for (String field : List.of("status", "reason", "version")) {
				FieldError error = result.getFieldError(field);
				if (error != null) {
					errors.put(field, this.messages.getMessage(error, Locale.SIMPLIFIED_CHINESE));
				}
			}
			redirect.addFlashAttribute("error", errors.values().iterator().next());
			redirect.addFlashAttribute("statusErrors", errors);
			redirect.addFlashAttribute("statusReason", form.reason());
			return "redirect:/institutions/" + id;
		}
		try {
			this.registry.changeStatus(user, id, form.status(), form.reason(), form.version());
			redirect.addFlashAttribute("message", "机构状态已变更为“" + form.status().label() + "”");
		}
		catch (InstitutionRejectedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("statusErrors", Map.of(ex.field(), ex.getMessage()));
			redirect.addFlashAttribute("statusReason", form.reason());
		}
		return "redirect:/institutions/" + id;
	}

	private void rejectProblems(CurrentUser user, InstitutionForm form, BindingResult result) {
		for (InstitutionChecks.Problem problem : InstitutionChecks.check(InstitutionRegistry.scoped(user, form))
			.problems()) {
			if (!result.hasFieldErrors(problem.field())) {
				result.rejectValue(problem.field(), "invalid", problem.message());
			}
		}
	}

	private String formView(CurrentUser user, Model model, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("districtUser", user.hasRole(Role.DISTRICT));
		return VIEW_FORM;
	}

	private static Sort sortOf(String sort, String dir) {
		String property = SORTABLE.getOrDefault(sort, "name");
		Sort.Direction direction = "desc".equals(dir) ? Sort.Direction.DESC : Sort.Direction.ASC;
		return Sort.by(direction, property).and(Sort.by("id"));
	}

}
