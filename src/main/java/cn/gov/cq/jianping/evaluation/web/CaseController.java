package cn.gov.cq.jianping.evaluation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import cn.gov.cq.jianping.evaluation.CaseListing;
import cn.gov.cq.jianping.evaluation.CaseQueries;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.EvidenceFiles;
import cn.gov.cq.jianping.evaluation.Panels;
import cn.gov.cq.jianping.evaluation.SheetKind;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case list, the case page and evidence files. Scope is the service's business: a
 * case the user may not see answers 404.
 */
@Controller
class CaseController {

	private final CaseQueries queries;

	private final EvidenceFiles evidenceFiles;

	private final Panels panels;

	private final CaseListing listing;

	CaseController(CaseQueries queries, EvidenceFiles evidenceFiles, CaseListing listing, Panels panels) {
		this.panels = panels;
		this.queries = queries;
		this.evidenceFiles = evidenceFiles;
		this.listing = listing;
	}

	/** The cases within scope, filtered, counted per stage, sorted and paged in SQL. */
	@GetMapping("/cases")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
		ListPage<CaseViews.CaseSummary> page = this.listing.list(user, CaseListing.query(user, params), "/cases");
		model.addAttribute("list", page);
		model.addAttribute("cases", page.rows());
		return "evaluation/case/list";
	}

	/** The same filtered rows on one page without navigation, for printing. */
	@GetMapping("/cases/print")
	String print(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params, Model model) {
		PageQuery query = CaseListing.query(user, params);
		List<CaseViews.CaseSummary> rows = new ArrayList<>();
		this.listing.forEach(user, query, rows::add);
		model.addAttribute("cases", rows);
		return "evaluation/case/list-print";
	}

	/** Exactly the filtered rows within scope, streamed as Excel. */
	@GetMapping("/cases/export")
	void export(@AuthenticationPrincipal CurrentUser user, @RequestParam Map<String, String> params,
			HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("评估案件.xlsx", StandardCharsets.UTF_8).build().toString());
		CaseListWorkbook.write(this.listing, user, CaseListing.query(user, params), response.getOutputStream());
	}

	@GetMapping("/cases/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		// An expert on the panel who has not signed yet is asked to sign first, not told
		// the case does not exist; one not on the panel still gets the 404.
		if (user.hasRole(Role.EXPERT) && this.panels.needsDeclaration(user, id)) {
			return "redirect:/cases/" + id + "/declaration";
		}
		CaseViews.CaseDetail detail = this.queries.detail(user, id);
		model.addAttribute("detail", detail);
		model.addAttribute("c", detail.summary());
		model.addAttribute("columns", CasePage.columns(detail));
		model.addAttribute("districtNotes", CasePage.districtNotes(detail));
		model.addAttribute("actions", CasePage.actions(user, detail));
		model.addAttribute("panelSheet", detail.sheet(SheetKind.PANEL));
		model.addAttribute("selfSheet", detail.sheet(SheetKind.SELF));
		return "evaluation/case/show";
	}

	@PostMapping("/cases/{id}/evidence")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) MultipartFile file, @RequestParam SheetKind kind,
			RedirectAttributes redirect) throws IOException {
		String target = "redirect:/cases/" + id + "/" + switch (kind) {
			case SELF -> "self";
			case DISTRICT -> "district";
			case EXPERT -> "expert";
			case PANEL -> "consolidate";
		} + "#evidence";
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "上传失败：请选择要上传的文件");
			return target;
		}
		RefusalTarget.to(target.substring("redirect:".length())).prefixed("上传失败：").declare();
		String name = file.getOriginalFilename() == null ? "file" : file.getOriginalFilename();
		this.evidenceFiles.addEvidence(user, id, kind, name, file.getBytes());
		redirect.addFlashAttribute("message", "已上传佐证材料“" + name + "”");
		return target;
	}

	@GetMapping("/evidence/{fileId}")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId) {
		EvidenceFiles.EvidenceDownload file = this.evidenceFiles.evidence(user, fileId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(MediaType.parseMediaType(file.contentType()))
			.body(file.content());
	}

}
