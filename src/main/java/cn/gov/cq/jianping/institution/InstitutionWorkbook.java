package cn.gov.cq.jianping.institution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.shared.District;
import cn.gov.cq.jianping.shared.Districts;

/**
 * The registry's Excel format: one header row, one institution per row, the same columns
 * for the template, the import and the export, so an export can be imported again.
 */
final class InstitutionWorkbook {

	static final String SHEET_NAME = "备案机构";

	static final String CITY_LABEL = "市级";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	static final String STATUS_HEADER = "状态";

	/** A row read from the workbook, with its Excel row number. */
	record ImportRow(int row, InstitutionForm form) {
	}

	/** What reading a workbook found: the rows, or the problems. */
	record ImportResult(List<ImportRow> rows, List<ImportProblem> problems) {
	}

	private InstitutionWorkbook() {
	}

	static byte[] template() {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = createSheet(workbook, false);
			Row example = sheet.createRow(1);
			String[] values = { "重庆示例职业技能评价中心", "91500112MA5U00001" + CreditCode.checkCharacter("91500112MA5U00001"),
					"等级评价机构", "渝北区", "渝人社评备〔2026〕001号", "2026-01-15", "2029-01-14", "电工（五级/四级/三级）；焊工（五级/四级）",
					"重庆市渝北区示例路1号", "张三", "13800000000" };
			for (int i = 0; i < values.length; i++) {
				example.createCell(i).setCellValue(values[i]);
			}
			Sheet help = workbook.createSheet("填写说明");
			String[] lines = { "1. 第一行为表头，请勿修改；从第二行起每行一个机构，示例行请删除后再导入。", "2. 机构类型填写“考核鉴定机构”或“等级评价机构”。",
					"3. 备案机关填写“市级”或区县名称（如“渝北区”）；考核鉴定机构只能为市级。", "4. 日期格式为 yyyy-MM-dd，如 2026-01-15；有效期至须晚于备案日期。",
					"5. 统一社会信用代码为 18 位，系统按 GB 32100-2015 校验。", "6. 导入为整体导入：任一行有错误时不导入任何数据，并列出全部错误。" };
			for (int i = 0; i < lines.length; i++) {
				help.createRow(i).createCell(0).setCellValue(lines[i]);
			}
			help.setColumnWidth(0, 120 * 256);
			return bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads every row and reports every problem it can see without the database. */
	static ImportResult read(InputStream input) {
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportRow> rows = new ArrayList<>();
		Workbook workbook;
		try {
			workbook = WorkbookFactory.create(input);
		}
		catch (IOException | RuntimeException ex) {
			return new ImportResult(List.of(), List.of(new ImportProblem(0, "", "无法读取文件，请上传由模板填写的 Excel（.xlsx）文件")));
		}
		try (workbook) {
			Sheet sheet = workbook.getSheet(SHEET_NAME);
			if (sheet == null) {
				sheet = workbook.getSheetAt(0);
			}
			Row header = sheet.getRow(0);
			DataFormatter formatter = new DataFormatter();
			for (WorkbookColumn column : WorkbookColumn.values()) {
				String actual = header == null ? "" : text(header.getCell(column.ordinal()), formatter);
				if (!column.header.equals(actual)) {
					problems.add(new ImportProblem(1, column.letter() + " 列",
							"表头应为“" + column.header + "”，实际为“" + (actual == null ? "" : actual) + "”，请使用导入模板"));
				}
			}
			if (!problems.isEmpty()) {
				return new ImportResult(List.of(), problems);
			}
			Map<String, Integer> creditCodes = new HashMap<>();
			Map<String, Integer> registrationNumbers = new HashMap<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (isBlank(row, formatter)) {
					continue;
				}
				int excelRow = r + 1;
				List<ImportProblem> rowProblems = new ArrayList<>();
				InstitutionForm form = toForm(row, excelRow, formatter, rowProblems);
				rows.add(new ImportRow(excelRow, form));
				Set<String> reported = rowProblems.stream().map(ImportProblem::column).collect(Collectors.toSet());
				InstitutionChecks.check(form)
					.problems()
					.stream()
					.map(p -> new ImportProblem(excelRow, WorkbookColumn.headerOf(p.field()), p.message()))
					.filter(p -> !reported.contains(p.column()))
					.forEach(rowProblems::add);
				problems.addAll(rowProblems);
				duplicateInFile(creditCodes, form.creditCode(), excelRow, WorkbookColumn.CREDIT_CODE, problems);
				duplicateInFile(registrationNumbers, form.registrationNumber(), excelRow,
						WorkbookColumn.REGISTRATION_NUMBER, problems);
			}
			if (rows.isEmpty() && problems.isEmpty()) {
				problems.add(new ImportProblem(0, "", "文件中没有机构数据"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new ImportResult(rows, problems);
	}

	private static void duplicateInFile(Map<String, Integer> seen, String value, int row, WorkbookColumn column,
			List<ImportProblem> problems) {
		if (value == null || value.isBlank()) {
			return;
		}
		String key = value.trim().toUpperCase();
		Integer first = seen.putIfAbsent(key, row);
		if (first != null) {
			problems.add(new ImportProblem(row, column.header, "与第 " + first + " 行重复：" + value.trim()));
		}
	}

	private static InstitutionForm toForm(Row row, int excelRow, DataFormatter formatter,
			List<ImportProblem> problems) {
		String typeText = text(row.getCell(WorkbookColumn.TYPE.ordinal()), formatter);
		InstitutionType type = typeText == null ? null : InstitutionType.fromLabel(typeText);
		if (typeText != null && type == null) {
			problems.add(new ImportProblem(excelRow, WorkbookColumn.TYPE.header,
					"机构类型“" + typeText + "”无效，应为“考核鉴定机构”或“等级评价机构”"));
		}
		String authorityText = text(row.getCell(WorkbookColumn.AUTHORITY.ordinal()), formatter);
		String authority = null;
		if (authorityText != null) {
			if (CITY_LABEL.equals(authorityText) || "市人力社保局".equals(authorityText)) {
				authority = InstitutionForm.CITY;
			}
			else {
				authority = Districts.all().byName(authorityText).map(District::code).orElse(null);
				if (authority == null) {
					problems.add(new ImportProblem(excelRow, WorkbookColumn.AUTHORITY.header,
							"未知的区县“" + authorityText + "”，应填写“市级”或重庆市区县名称"));
					authority = "?";
				}
			}
		}
		LocalDate registeredOn = date(row.getCell(WorkbookColumn.REGISTERED_ON.ordinal()), formatter, excelRow,
				WorkbookColumn.REGISTERED_ON, problems);
		LocalDate expiresOn = date(row.getCell(WorkbookColumn.EXPIRES_ON.ordinal()), formatter, excelRow,
				WorkbookColumn.EXPIRES_ON, problems);
		InstitutionForm form = new InstitutionForm(text(row.getCell(WorkbookColumn.NAME.ordinal()), formatter),
				text(row.getCell(WorkbookColumn.CREDIT_CODE.ordinal()), formatter), type, authority,
				text(row.getCell(WorkbookColumn.REGISTRATION_NUMBER.ordinal()), formatter), registeredOn, expiresOn,
				text(row.getCell(WorkbookColumn.SCOPE.ordinal()), formatter),
				text(row.getCell(WorkbookColumn.SITES.ordinal()), formatter),
				text(row.getCell(WorkbookColumn.CONTACT_PERSON.ordinal()), formatter),
				text(row.getCell(WorkbookColumn.CONTACT_PHONE.ordinal()), formatter), null);
		return form;
	}

	private static LocalDate date(Cell cell, DataFormatter formatter, int excelRow, WorkbookColumn column,
			List<ImportProblem> problems) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate();
		}
		String text = text(cell, formatter);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.replace('/', '-').replace('.', '-'), DATE);
		}
		catch (DateTimeParseException ex) {
			problems.add(new ImportProblem(excelRow, column.header, "日期“" + text + "”格式不正确，应为 yyyy-MM-dd"));
			return null;
		}
	}

	private static boolean isBlank(Row row, DataFormatter formatter) {
		if (row == null) {
			return true;
		}
		for (WorkbookColumn column : WorkbookColumn.values()) {
			if (text(row.getCell(column.ordinal()), formatter) != null) {
				return false;
			}
		}
		return true;
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		String value = formatter.formatCellValue(cell).trim();
		return value.isEmpty() ? null : value;
	}

	static Sheet createSheet(Workbook workbook, boolean withStatus) {
		Sheet sheet = workbook.createSheet(SHEET_NAME);
		CellStyle headerStyle = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle.setFont(bold);
		CellStyle textStyle = workbook.createCellStyle();
		textStyle.setDataFormat(workbook.createDataFormat().getFormat("@"));
		Row header = sheet.createRow(0);
		for (WorkbookColumn column : WorkbookColumn.values()) {
			Cell cell = header.createCell(column.ordinal());
			cell.setCellValue(column.header);
			cell.setCellStyle(headerStyle);
			sheet.setColumnWidth(column.ordinal(), 22 * 256);
			sheet.setDefaultColumnStyle(column.ordinal(), textStyle);
		}
		if (withStatus) {
			Cell cell = header.createCell(WorkbookColumn.values().length);
			cell.setCellValue(STATUS_HEADER);
			cell.setCellStyle(headerStyle);
		}
		else {
			DataValidationHelper helper = sheet.getDataValidationHelper();
			sheet.addValidationData(helper.createValidation(
					helper.createExplicitListConstraint(new String[] { "考核鉴定机构", "等级评价机构" }),
					new CellRangeAddressList(1, 5000, WorkbookColumn.TYPE.ordinal(), WorkbookColumn.TYPE.ordinal())));
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	static byte[] bytes(Workbook workbook) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

}
