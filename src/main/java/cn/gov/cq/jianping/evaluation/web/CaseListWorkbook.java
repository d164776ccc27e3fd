package cn.gov.cq.jianping.evaluation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.cq.jianping.evaluation.CaseListing;
import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

/**
 * The filtered case list as a streamed workbook: rows are read in pages and written
 * through a window of rows, so the heap stays flat however many cases are exported.
 */
final class CaseListWorkbook {

	private static final String[] HEADERS = { "案件编号", "机构名称", "评估批次", "机构类型", "区县", "环节", "本环节截止", "是否逾期", "初评总分",
			"初定等级", "核准等级" };

	/** Rows kept in memory while writing; older rows are flushed to a temporary file. */
	static final int WINDOW = 100;

	private CaseListWorkbook() {
	}

	static void write(CaseListing listing, CurrentUser user, PageQuery query, OutputStream out) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			Sheet sheet = workbook.createSheet("评估案件");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADERS.length; i++) {
				header.createCell(i).setCellValue(HEADERS[i]);
			}
			int[] next = { 1 };
			listing.forEach(user, query, c -> row(sheet.createRow(next[0]++), c));
			workbook.write(out);
		}
		finally {
			workbook.dispose();
			workbook.close();
		}
	}

	private static void row(Row row, CaseViews.CaseSummary c) {
		row.createCell(0).setCellValue(c.id());
		row.createCell(1).setCellValue(c.institutionName());
		row.createCell(2).setCellValue(c.roundName());
		row.createCell(3).setCellValue(c.rubricCode().label());
		row.createCell(4).setCellValue(c.districtCode() == null ? "市级" : Districts.all().nameOf(c.districtCode()));
		row.createCell(5).setCellValue(c.stage() == null ? "" : c.stage().label());
		row.createCell(6)
			.setCellValue(c.stageDeadline() == null ? "" : c.stageDeadline().format(DateTimeFormatter.ISO_LOCAL_DATE));
		row.createCell(7).setCellValue(c.overdue() ? "是" : "否");
		if (c.initialTotal() != null) {
			row.createCell(8).setCellValue(c.initialTotal().doubleValue());
		}
		row.createCell(9).setCellValue(c.initialGrade() == null ? "" : c.initialGrade().label());
		row.createCell(10).setCellValue(c.approvedGrade() == null ? "" : c.approvedGrade().label());
	}

}
