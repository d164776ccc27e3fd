package cn.gov.cq.jianping.audit.web;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.cq.jianping.audit.AuditChain;
import cn.gov.cq.jianping.audit.AuditRecords;
import cn.gov.cq.jianping.audit.AuditRetention;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The security auditor (安全审计员) reads, filters and exports the audit records and checks
 * their chain; no other role reaches these pages, and nothing here changes a record.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditController {

	private static final String VIEW = "audit/records";

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(TimeConfiguration.ZONE);

	/** Role names as the records keep them, with their Chinese labels. */
	static final Map<String, String> ROLE_LABELS = Map.of("INSTITUTION", "机构", "DISTRICT", "区县人社部门", "CENTER", "鉴定指导中心",
			"EXPERT", "评估专家", "BUREAU", "市人社局", "SYSADMIN", "系统管理员", "SECADMIN", "安全管理员", "AUDITOR", "安全审计员");

	private final AuditRecords records;

	private final AuditChain chain;

	private final AuditRetention retention;

	AuditController(AuditRecords records, AuditChain chain, AuditRetention retention) {
		this.records = records;
		this.chain = chain;
		this.retention = retention;
	}

	@GetMapping("/audit")
	String list(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			@RequestParam(defaultValue = "1") int page, Model model) {
		rejectReversedRange(filter, result);
		AuditRecords.Filter effective = result.hasErrors() ? AuditRecords.Filter.none() : filter.filter();
		model.addAttribute("page", this.records.search(effective, page));
		model.addAttribute("query", result.hasErrors() ? "" : filter.query());
		model.addAttribute("actions", this.records.actions());
		model.addAttribute("check", this.chain.latest().orElse(null));
		model.addAttribute("retentionDays", this.retention.retentionDays());
		model.addAttribute("roleLabels", ROLE_LABELS);
		model.addAttribute("time", TIME);
		return VIEW;
	}

	@PostMapping("/audit/verify")
	String verify(RedirectAttributes redirect) {
		AuditChain.Check check = this.chain.verify();
		redirect.addFlashAttribute("message", check.intact() ? "校验完成：审计记录完整（共 " + check.recordsChecked() + " 条）"
				: "校验完成：发现第 " + check.firstBrokenSeq() + " 条记录被篡改或缺失");
		return "redirect:/audit";
	}

	@GetMapping("/audit/export.xlsx")
	void export(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			HttpServletResponse response) throws IOException {
		rejectReversedRange(filter, result);
		AuditRecords.Filter effective = result.hasErrors() ? AuditRecords.Filter.none() : filter.filter();
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment()
					.filename("审计记录-" + LocalDate.now(TimeConfiguration.ZONE) + ".xlsx", StandardCharsets.UTF_8)
					.build()
					.toString());
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = response.getOutputStream()) {
			Sheet sheet = workbook.createSheet("审计记录");
			String[] headers = { "序号", "时间", "操作人", "角色", "客户端地址", "操作", "对象类型", "对象", "详情", "结果", "哈希" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.length; i++) {
				head.createCell(i).setCellValue(headers[i]);
			}
			int[] next = { 1 };
			this.records.forEach(effective, record -> {
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(record.chainSeq());
				row.createCell(1).setCellValue(TIME.format(record.occurredAt()));
				row.createCell(2).setCellValue(record.actor());
				row.createCell(3)
					.setCellValue(record.actorRole() == null ? ""
							: ROLE_LABELS.getOrDefault(record.actorRole(), record.actorRole()));
				row.createCell(4).setCellValue(nullToEmpty(record.clientAddress()));
				row.createCell(5).setCellValue(record.action());
				row.createCell(6).setCellValue(record.targetType());
				row.createCell(7).setCellValue(nullToEmpty(record.targetId()));
				row.createCell(8).setCellValue(cut(nullToEmpty(record.detail())));
				row.createCell(9).setCellValue(record.result());
				row.createCell(10).setCellValue(record.hash());
			});
			workbook.write(out);
			workbook.dispose();
		}
	}

	/** A cell holds at most 32,767 characters. */
	private static String cut(String value) {
		return value.length() > 32_000 ? value.substring(0, 32_000) + "…" : value;
	}

	private static String nullToEmpty(String value) {
		return value == null ? "" : value;
	}

	private static void rejectReversedRange(AuditFilterForm filter, BindingResult result) {
		if (!result.hasFieldErrors("from") && !result.hasFieldErrors("to") && filter.from() != null
				&& filter.to() != null && filter.to().isBefore(filter.from())) {
			result.rejectValue("to", "audit.range.reversed");
		}
	}

}
