package cn.gov.cq.jianping.publicity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.document.OfficialDocument;
import cn.gov.cq.jianping.document.OfficialDocuments;
import cn.gov.cq.jianping.evaluation.EvaluationRounds;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 第十四条: the bureau announces the confirmed grades of a round: a public page, PDF and
 * Excel.
 */
@Service
public class Announcements {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日")
		.withZone(TimeConfiguration.ZONE);

	private final JdbcTemplate jdbc;

	private final EvaluationRounds rounds;

	private final AuditLog auditLog;

	/** The stored kinds of an announcement's documents. */
	public static final String PDF_KIND = "ANNOUNCEMENT_PDF";

	public static final String EXCEL_KIND = "ANNOUNCEMENT_XLSX";

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Clock clock;

	private final IssuedDocuments documents;

	Announcements(JdbcTemplate jdbc, EvaluationRounds rounds, AuditLog auditLog, Clock clock,
			IssuedDocuments documents) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.auditLog = auditLog;
		this.clock = clock;
		this.documents = documents;
	}

	/** A published announcement with its grades. */
	public record AnnouncementView(long id, String title, Instant publishedAt, List<GradeLookup.GradeRow> grades) {
	}

	/** A row of the list. */
	public record AnnouncementSummary(long id, String title, Instant publishedAt, int count) {
	}

	@Transactional
	public long publish(CurrentUser user, long roundId) {
		if (!user.hasRole(Role.BUREAU)) {
			throw new AccessDeniedException("只有市人力社保局可以发布公告");
		}
		Integer pending = this.jdbc.queryForObject("""
				select count(*) from confirmed_grade g join publicity_entry e on e.id = g.entry_id
				join publicity p on p.id = e.publicity_id where p.round_id = ? and g.announcement_id is null""",
				Integer.class, roundId);
		if (pending == null || pending == 0) {
			throw new PublicityRejectedException("roundId", "该批次没有尚未公告的已确定等级");
		}
		String title = this.rounds.view(roundId).name() + " 职业技能鉴定评价机构等级评估结果公告";
		Long id = this.jdbc.queryForObject(
				"insert into announcement (round_id, title, published_by, published_at) values (?, ?, ?, ?) returning id",
				Long.class, roundId, title, user.getUsername(), Timestamp.from(this.clock.instant()));
		this.jdbc.update("""
				update confirmed_grade set announcement_id = ? where announcement_id is null and entry_id in
				(select e.id from publicity_entry e join publicity p on p.id = e.publicity_id where p.round_id = ?)""",
				id, roundId);
		// The official documents are made now, once, and served from storage from then
		// on.
		pdfDocument(id);
		excelDocument(id);
		this.auditLog.record(user.getUsername(), "发布公告", "ANNOUNCEMENT", id, title + "（" + pending + " 个机构）");
		return id;
	}

	@Transactional(readOnly = true)
	public List<AnnouncementSummary> list() {
		return this.jdbc.query(
				"""
						select a.id, a.title, a.published_at, (select count(*) from confirmed_grade g where g.announcement_id = a.id) n
						from announcement a order by a.published_at desc, a.id desc""",
				(rs, n) -> new AnnouncementSummary(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
						rs.getInt(4)));
	}

	@Transactional(readOnly = true)
	public AnnouncementView view(long id) {
		AnnouncementSummary heading = heading(id);
		List<GradeLookup.GradeRow> grades = this.jdbc.query("""
				select * from confirmed_grade where announcement_id = ?
				order by case grade when 'EXCELLENT' then 0 when 'QUALIFIED' then 1 when 'BASIC' then 2 else 3 end,
				institution_name""", (rs, n) -> {
			var grade = Grade.valueOf(rs.getString("grade"));
			String district = rs.getString("district_code");
			return new GradeLookup.GradeRow(rs.getString("institution_name"), rs.getString("credit_code"),
					rs.getString("institution_type"), district == null ? "市级" : Districts.all().nameOf(district),
					grade.name(), grade.label(), rs.getInt("round_year"),
					rs.getTimestamp("confirmed_at").toInstant().atZone(TimeConfiguration.ZONE).toOffsetDateTime());
		}, id);
		return new AnnouncementView(id, heading.title(), heading.publishedAt(), grades);
	}

	/** The announcement's title and date, without its rows. */
	private AnnouncementSummary heading(long id) {
		List<AnnouncementSummary> found = this.jdbc.query(
				"select id, title, published_at from announcement where id = ?",
				(rs, n) -> new AnnouncementSummary(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), 0),
				id);
		if (found.isEmpty()) {
			throw new PublicityNotFoundException("未找到公告");
		}
		return found.get(0);
	}

	/**
	 * The announcement's PDF as issued (made on first request for older announcements).
	 */
	@Transactional
	public IssuedDocuments.Issued pdfDocument(long id) {
		return this.documents.getOrIssue(PDF_KIND, id, () -> {
			AnnouncementView view = view(id);
			return new IssuedDocuments.Draft(view.title() + ".pdf", "application/pdf", pdf(view));
		});
	}

	/**
	 * The announcement's Excel as issued (made on first request for older announcements).
	 */
	@Transactional
	public IssuedDocuments.Issued excelDocument(long id) {
		return this.documents.getOrIssue(EXCEL_KIND, id, () -> {
			AnnouncementView view = view(id);
			return new IssuedDocuments.Draft(view.title() + ".xlsx", XLSX_TYPE, excel(id));
		});
	}

	/**
	 * The description (hash, size) of a stored document of the announcement, if issued.
	 */
	@Transactional(readOnly = true)
	public Optional<IssuedDocuments.Issued> describe(String kind, long id) {
		return this.documents.describe(kind, id);
	}

	public byte[] pdf(long id) {
		return pdf(view(id));
	}

	private byte[] pdf(AnnouncementView view) {
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (GradeLookup.GradeRow g : view.grades()) {
			rows.add(List.of(String.valueOf(n++), g.name(), g.creditCode(), g.type(), g.district(), g.gradeLabel()));
		}
		// 公文 after GB/T 9704-2012 (rendered by document); the title turns after the
		// round's name
		return OfficialDocuments.standard()
			.render(new OfficialDocument(OfficialDocument.Kind.ANNOUNCEMENT, OfficialDocument.BUREAU,
					documentNumber(view), view.title().replaceFirst(" ", "\n"), null,
					List.of("根据《重庆市职业技能鉴定评价机构评估暂行办法》（渝人社发〔2021〕33号）第十四条，现将职业技能鉴定评价机构等级评估结果公告如下：",
							"社会公众可通过本系统“等级信息查询”查询机构等级。"),
					new OfficialDocument.Table(List.of("序号", "机构名称", "统一社会信用代码", "类型", "备案机关", "等级"), rows),
					view.publishedAt().atZone(TimeConfiguration.ZONE).toLocalDate()));
	}

	/** 渝人社评公〔year〕n号: n counts the announcements published in that year. */
	private String documentNumber(AnnouncementView view) {
		int year = view.publishedAt().atZone(TimeConfiguration.ZONE).getYear();
		Integer n = this.jdbc.queryForObject("""
				select count(*) from announcement
				where extract(year from published_at at time zone 'Asia/Shanghai') = ? and id <= ?""", Integer.class,
				year, view.id());
		return "渝人社评公〔" + year + "〕" + n + "号";
	}

	/**
	 * The announcement as a sheet: a title row, the header, one row an institution with
	 * 序号 and 年度 as whole numbers, and the 落款 (issuer and date) under the table. Streamed:
	 * the grades are read row by row from the database and written through a window of
	 * {@value #WINDOW} rows, so the heap does not grow with the rows.
	 */
	public byte[] excel(long id) {
		AnnouncementSummary heading = heading(id);
		String[] headers = { "序号", "机构名称", "统一社会信用代码", "类型", "备案机关", "等级", "评估年度", "确定日期" };
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			Sheet sheet = workbook.createSheet("评估结果公告");
			CellStyle integer = workbook.createCellStyle();
			integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
			CellStyle title = workbook.createCellStyle();
			Font big = workbook.createFont();
			big.setFontHeightInPoints((short) 16);
			big.setBold(true);
			title.setFont(big);
			title.setAlignment(HorizontalAlignment.CENTER);
			Cell titleCell = sheet.createRow(0).createCell(0);
			titleCell.setCellValue(heading.title());
			titleCell.setCellStyle(title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.length - 1));
			Row header = sheet.createRow(1);
			for (int i = 0; i < headers.length; i++) {
				header.createCell(i).setCellValue(headers[i]);
				sheet.setColumnWidth(i, (i == 1 ? 40 : 18) * 256);
			}
			int[] r = { 2 };
			this.jdbc.query(
					"""
							select institution_name, credit_code, institution_type, district_code, grade, round_year, confirmed_at
							from confirmed_grade where announcement_id = ?
							order by case grade when 'EXCELLENT' then 0 when 'QUALIFIED' then 1 when 'BASIC' then 2 else 3 end,
							institution_name""",
					rs -> {
						String district = rs.getString("district_code");
						Row row = sheet.createRow(r[0]);
						Cell number = row.createCell(0);
						number.setCellValue(r[0] - 1);
						number.setCellStyle(integer);
						row.createCell(1).setCellValue(rs.getString("institution_name"));
						row.createCell(2).setCellValue(rs.getString("credit_code"));
						row.createCell(3).setCellValue(rs.getString("institution_type"));
						row.createCell(4).setCellValue(district == null ? "市级" : Districts.all().nameOf(district));
						row.createCell(5).setCellValue(Grade.valueOf(rs.getString("grade")).label());
						Cell year = row.createCell(6);
						year.setCellValue(rs.getInt("round_year"));
						year.setCellStyle(integer);
						row.createCell(7)
							.setCellValue(rs.getTimestamp("confirmed_at")
								.toInstant()
								.atZone(TimeConfiguration.ZONE)
								.toLocalDate()
								.toString());
						r[0]++;
					}, id);
			// 落款: the issuer, then the date, at the right under the table
			sheet.createRow(r[0] + 1).createCell(headers.length - 1).setCellValue(OfficialDocument.BUREAU);
			sheet.createRow(r[0] + 2).createCell(headers.length - 1).setCellValue(DATE.format(heading.publishedAt()));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	/** Rows kept in memory while writing the Excel. */
	static final int WINDOW = 100;

}
