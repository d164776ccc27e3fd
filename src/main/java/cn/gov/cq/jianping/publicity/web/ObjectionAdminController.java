package cn.gov.cq.jianping.publicity.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.publicity.ObjectionListing;
import cn.gov.cq.jianping.publicity.ObjectionReviews;
import cn.gov.cq.jianping.publicity.ObjectionView;
import cn.gov.cq.jianping.publicity.Publicities;
import cn.gov.cq.jianping.publicity.PublicityNotFoundException;
import cn.gov.cq.jianping.shared.web.list.CsvExport;
import cn.gov.cq.jianping.shared.web.list.ListModel;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 评估异议 and 复核 (第十二条, 第十三条), the bureau's side: objections masked, the full personal data
 * on request with a record of the view, and the re-review whose answer goes to the
 * objector.
 */
@Controller
class ObjectionAdminController {

	private static final String VIEW_ENTRY = "publicity/admin/objections";

	private static final String VIEW_PENDING = "publicity/admin/pending";

	private static final String LIST_PATH = "/objections";

	static final String CONFLICT = "已被他人修改，请刷新后重试";

	private final ObjectionReviews objections;

	private final Publicities publicities;

	private final MessageSource messages;

	private final ObjectionListing listing;

	private final Clock clock;

	ObjectionAdminController(ObjectionReviews objections, Publicities publicities, MessageSource messages,
			ObjectionListing listing, Clock clock) {
		this.listing = listing;
		this.clock = clock;
		this.objections = objections;
		this.publicities = publicities;
		this.messages = messages;
	}

	/**
	 * 评估异议 with the list pattern: the pending ones on a first visit, every status, year
	 * and district on request, masked.
	 */
	@GetMapping(LIST_PATH)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
		PageQuery query = ObjectionListing.query(params);
		ListModel.put(model, this.listing.page(user, query, LIST_PATH, LocalDate.now(this.clock).getYear()),
				() -> this.listing.all(user, query), ListModel.print(params), "rows");
		return VIEW_PENDING;
	}

	@GetMapping(LIST_PATH + "/export.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params) {
		List<List<Object>> rows = this.listing.all(user, ObjectionListing.query(params))
			.stream()
			.map(ObjectionListing.Row::cells)
			.toList();
		return CsvExport.download("评估异议.csv", ObjectionListing.EXPORT_HEADER, rows);
	}

	@GetMapping("/publicity/entries/{entryId}/objections")
	String ofEntry(@AuthenticationPrincipal CurrentUser user, @PathVariable long entryId, Model model) {
		return entryView(user, entryId, null, null, null, Map.of(), model);
	}

	@PostMapping("/objections/{id}/reveal")
	String reveal(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
			HttpServletResponse response) {
		ObjectionView full = this.objections.reveal(user, id);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		return entryView(user, full.entryId(), full, null, null, Map.of(), model);
	}

	@PostMapping("/objections/{id}/decide")
	@OnRefusal("/publicity/entries/{entryId}/objections")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute DecideForm form, BindingResult result, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		long entryId = entryOf(user, id, form.entryId());
		if (result.hasFieldErrors()) {
			Map<String, String> problems = new LinkedHashMap<>();
			result.getFieldErrors()
				.forEach(e -> problems.putIfAbsent(e.getField(),
						this.messages.getMessage(e, Locale.SIMPLIFIED_CHINESE)));
			return entryView(user, entryId, null, id, form, problems, model);
		}
		try {
			this.objections.decide(user, id, form.toDecision());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("error", CONFLICT);
			return entryView(user, entryId, null, id, form, Map.of(), model);
		}
		redirect.addFlashAttribute("message", Boolean.TRUE.equals(form.upheldValue())
				? "复核结论已保存：异议成立，该机构已退回重新评估，答复已告知异议人" : "复核结论已保存：异议不成立，答复已告知异议人");
		return "redirect:/publicity/entries/" + entryId + "/objections";
	}

	/**
	 * The entry the form says the objection is about, checked against the objections of
	 * that entry.
	 */
	private long entryOf(CurrentUser user, long objectionId, Long entryId) {
		if (entryId == null || this.objections.ofEntry(user, entryId).stream().noneMatch(o -> o.id() == objectionId)) {
			throw new PublicityNotFoundException("未找到异议");
		}
		return entryId;
	}

	private String entryView(CurrentUser user, long entryId, ObjectionView revealed, Long formFor, DecideForm form,
			Map<String, String> problems, Model model) {
		Publicities.EntryView entry = this.publicities.entry(entryId);
		List<ObjectionView> list = this.objections.ofEntry(user, entryId)
			.stream()
			.map(o -> revealed != null && revealed.id() == o.id() ? revealed : o)
			.toList();
		model.addAttribute("entry", entry);
		model.addAttribute("objections", list);
		model.addAttribute("revealedId", revealed == null ? null : revealed.id());
		model.addAttribute("formFor", formFor);
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return VIEW_ENTRY;
	}

}
