package cn.gov.cq.jianping.renewal.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.document.IssuedDocumentResponse;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.renewal.RenewalDecisions;
import cn.gov.cq.jianping.renewal.RenewalFiling;
import cn.gov.cq.jianping.renewal.RenewalListing;
import cn.gov.cq.jianping.renewal.RenewalQueries;
import cn.gov.cq.jianping.renewal.RenewalUpload;
import cn.gov.cq.jianping.renewal.RenewalView;
import cn.gov.cq.jianping.shared.web.OnRefusal;
import cn.gov.cq.jianping.shared.web.list.CsvExport;
import cn.gov.cq.jianping.shared.web.list.ListModel;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 延续备案 pages: the institution applies with its scope and documents, the registering
 * authority (center or district) decides, everyone in scope reads the decision letter.
 */
@Controller
class RenewalController {

	static final String VIEW_LIST = "renewal/list";

	static final String VIEW_FORM = "renewal/form";

	static final String VIEW_SHOW = "renewal/show";

	private final RenewalFiling filing;

	private final RenewalDecisions decisions;

	private final RenewalQueries queries;

	private final RenewalListing listing;

	RenewalController(RenewalFiling filing, RenewalDecisions decisions, RenewalQueries queries,
			RenewalListing listing) {
		this.filing = filing;
		this.listing = listing;
		this.decisions = decisions;
		this.queries = queries;
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id", "institutionId", "status");
	}

	@GetMapping("/renewals")
	@PreAuthorize("hasAnyRole('INSTITUTION','DISTRICT','CENTER','BUREAU')")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
		PageQuery query = RenewalListing.query(params);
		ListModel.put(model, this.listing.page(user, query, "/renewals"), () -> this.listing.all(user, query),
				ListModel.print(params), "applications");
		model.addAttribute("awaiting", this.queries.expiredAwaitingRenewal(user));
		return VIEW_LIST;
	}

	/** Exactly the filtered rows within scope. */
	@GetMapping("/renewals/export.csv")
	@PreAuthorize("hasAnyRole('INSTITUTION','DISTRICT','CENTER','BUREAU')")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params) {
		List<List<Object>> rows = this.listing.all(user, RenewalListing.query(params))
			.stream()
			.map(RenewalListing.Row::cells)
			.toList();
		return CsvExport.download("延续备案.csv", RenewalListing.EXPORT_HEADER, rows);
	}

	@GetMapping("/renewals/new")
	@PreAuthorize("hasRole('INSTITUTION')")
	String initApplicationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		RenewalFiling.Prefill prefill = this.filing.prefill(user);
		model.addAttribute("form", new RenewalForm(prefill.scopeOccupations(), prefill.evaluationSites(), null));
		return form(prefill, model);
	}

	@PostMapping("/renewals")
	@PreAuthorize("hasRole('INSTITUTION')")
	@OnRefusal("/renewals/new")
	String processApplicationForm(@AuthenticationPrincipal CurrentUser user,
			@Validated @ModelAttribute("form") RenewalForm form, BindingResult result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return form(this.filing.prefill(user), model);
		}
		long id = this.filing.apply(user, form.scopeOccupations(), form.evaluationSites(), form.statement(),
				uploads(files));
		redirect.addFlashAttribute("message", "延续备案申请已提交，请等待备案机关决定");
		return "redirect:/renewals/" + id;
	}

	@GetMapping("/renewals/{id:\\d+}")
	@PreAuthorize("hasAnyRole('INSTITUTION','DISTRICT','CENTER','BUREAU')")
	String showApplication(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		RenewalView application = this.queries.get(user, id);
		model.addAttribute("renewal", application);
		if (!model.containsAttribute("decideForm")) {
			model.addAttribute("decideForm", new RenewalDecisionForm(null, null, null, application.version()));
		}
		return VIEW_SHOW;
	}

	@PostMapping("/renewals/{id:\\d+}/decide")
	@PreAuthorize("hasAnyRole('DISTRICT','CENTER')")
	@OnRefusal("/renewals/{id}")
	String processDecisionForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute("decideForm") RenewalDecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showApplication(user, id, model);
		}
		this.decisions.decide(user, id, form.version(), form.approve(), form.reason(), form.technicalReview());
		redirect.addFlashAttribute("message", form.approve() ? "已准予延续备案，决定书已生成" : "已决定不予延续备案，决定书已生成");
		return "redirect:/renewals/" + id;
	}

	@GetMapping("/renewals/{id:\\d+}/decision.pdf")
	@PreAuthorize("hasAnyRole('INSTITUTION','DISTRICT','CENTER','BUREAU')")
	ResponseEntity<byte[]> decisionDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			WebRequest request) {
		// as issued, from storage: the institution's later changes never alter it
		return IssuedDocumentResponse.of(this.decisions.issuedDocument(user, id), request, false);
	}

	@GetMapping("/renewals/{id:\\d+}/documents/{documentId:\\d+}")
	@PreAuthorize("hasAnyRole('INSTITUTION','DISTRICT','CENTER','BUREAU')")
	ResponseEntity<byte[]> applicationDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@PathVariable long documentId) {
		var file = this.queries.file(user, id, documentId);
		return download(file.content(), file.contentType(), file.fileName());
	}

	private String form(RenewalFiling.Prefill prefill, Model model) {
		model.addAttribute("prefill", prefill);
		return VIEW_FORM;
	}

	private static ResponseEntity<byte[]> download(byte[] body, String contentType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	private static List<RenewalUpload> uploads(List<MultipartFile> files) {
		List<RenewalUpload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (file.isEmpty()) {
				continue;
			}
			try {
				uploads.add(new RenewalUpload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}

}
