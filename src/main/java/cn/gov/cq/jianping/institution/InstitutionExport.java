package cn.gov.cq.jianping.institution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.gov.cq.jianping.shared.Districts;

/**
 * The registry export in {@link InstitutionWorkbook}'s format, streamed so that 5,000
 * institutions cost no more heap than 50.
 */
final class InstitutionExport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

	private InstitutionExport() {
	}

	/** Rows kept in memory while writing; older rows go to a temporary file. */
	static final int WINDOW = 100;

	/**
	 * The registry as Excel, streamed: the rows come one at a time from one query and are
	 * written through a window of {@value #WINDOW} rows ({@link SXSSFWorkbook}), so the
	 * heap stays flat however many institutions are exported.
	 */
	static byte[] export(Consumer<Consumer<InstitutionView>> rows) {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		try {
			Sheet sheet = InstitutionWorkbook.createSheet(workbook, true);
			int[] rowIndex = { 1 };
			rows.accept(institution -> writeRow(sheet.createRow(rowIndex[0]++), institution));
			return InstitutionWorkbook.bytes(workbook);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void writeRow(Row row, InstitutionView institution) {
		String[] values = { institution.name(), institution.creditCode(), institution.type().label(),
				institution.districtCode() == null ? InstitutionWorkbook.CITY_LABEL
						: Districts.all().nameOf(institution.districtCode()),
				institution.registrationNumber(), DATE.format(institution.registeredOn()),
				DATE.format(institution.expiresOn()), institution.scopeOccupations(), institution.evaluationSites(),
				institution.contactPerson(), institution.contactPhone(), institution.status().label() };
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

}
