package cn.gov.cq.jianping.institution;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import cn.gov.cq.jianping.document.SafeFileNames;
import cn.gov.cq.jianping.identity.CurrentUser;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk registration from an Excel workbook: the blank template and the import page. Who
 * may use them (center, bureau, district offices) is declared in the security
 * configuration; which rows a district office may import is decided by
 * {@link InstitutionImport}.
 */
@Controller
class InstitutionImportController {

	private static final String VIEW_IMPORT = "institution/import";

	private final InstitutionImport importer;

	InstitutionImportController(InstitutionImport importer) {
		this.importer = importer;
	}

	@GetMapping("/institutions/template.xlsx")
	ResponseEntity<byte[]> template() {
		return XlsxDownloads.attachment(InstitutionWorkbook.template(), "备案机构导入模板.xlsx");
	}

	@GetMapping("/institutions/import")
	String initImport() {
		return VIEW_IMPORT;
	}

	@PostMapping("/institutions/import")
	String processImport(@AuthenticationPrincipal CurrentUser user, @RequestParam("file") MultipartFile file,
			Model model, RedirectAttributes redirect) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("problems", List.of("请选择要导入的 Excel 文件"));
			return VIEW_IMPORT;
		}
		InstitutionImport.Report report;
		try (InputStream input = file.getInputStream()) {
			report = this.importer.importWorkbook(user, input);
		}
		if (!report.succeeded()) {
			model.addAttribute("problems", report.problems());
			model.addAttribute("fileName", SafeFileNames.of(file.getOriginalFilename()));
			return VIEW_IMPORT;
		}
		redirect.addFlashAttribute("message", "已成功导入 " + report.imported() + " 个机构");
		return "redirect:/institutions";
	}

}
