package cn.gov.cq.jianping.publicity.web;

import cn.gov.cq.jianping.document.IssuedDocumentResponse;
import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.publicity.Announcements;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * 第十四条: the bureau's announcements of confirmed grades, as pages and as PDF and Excel
 * files.
 */
@Controller
class PublicAnnouncementController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Announcements announcements;

	PublicAnnouncementController(Announcements announcements) {
		this.announcements = announcements;
	}

	@GetMapping("/public/announcements")
	String list(Model model) {
		model.addAttribute("announcements", this.announcements.list());
		return "publicity/public/announcements";
	}

	@GetMapping("/public/announcements/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("announcement", this.announcements.view(id));
		// The hashes of the issued documents, so a downloaded copy can be checked.
		model.addAttribute("pdfSha256", this.announcements.pdfDocument(id).sha256());
		model.addAttribute("excelSha256", this.announcements.excelDocument(id).sha256());
		return "publicity/public/announcement";
	}

	/**
	 * The PDF as issued, from storage: it never changes, so caches may keep it a year.
	 */
	@GetMapping("/public/announcements/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, WebRequest request) {
		return serve(this.announcements.pdfDocument(id), request);
	}

	@GetMapping("/public/announcements/{id}.xlsx")
	ResponseEntity<byte[]> excel(@PathVariable long id, WebRequest request) {
		return serve(this.announcements.excelDocument(id), request);
	}

	private static ResponseEntity<byte[]> serve(IssuedDocuments.Issued document, WebRequest request) {
		return IssuedDocumentResponse.of(document, request, true);
	}

}
