package cn.gov.cq.jianping.publicity.web;

import java.nio.charset.StandardCharsets;

import cn.gov.cq.jianping.publicity.Announcements;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
		return "publicity/public/announcement";
	}

	@GetMapping("/public/announcements/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		Announcements.AnnouncementView view = this.announcements.view(id);
		return download(this.announcements.pdf(id), MediaType.APPLICATION_PDF, view.title() + ".pdf");
	}

	@GetMapping("/public/announcements/{id}.xlsx")
	ResponseEntity<byte[]> excel(@PathVariable long id) {
		Announcements.AnnouncementView view = this.announcements.view(id);
		return download(this.announcements.excel(id), XLSX, view.title() + ".xlsx");
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
