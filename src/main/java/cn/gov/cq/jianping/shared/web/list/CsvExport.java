package cn.gov.cq.jianping.shared.web.list;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Exports a list or a figure as CSV that Excel opens with its Chinese intact (UTF-8 with
 * a byte-order mark), cells that Excel would read as formulas defused.
 */
public final class CsvExport {

	private CsvExport() {
	}

	public static String csv(List<String> header, List<? extends List<?>> rows) {
		StringBuilder out = new StringBuilder();
		out.append(header.stream().map(CsvExport::cell).collect(Collectors.joining(","))).append("\r\n");
		for (List<?> row : rows) {
			out.append(row.stream().map(CsvExport::cell).collect(Collectors.joining(","))).append("\r\n");
		}
		return out.toString();
	}

	/** A download response; the file name is made safe by the caller. */
	public static ResponseEntity<byte[]> download(String fileName, List<String> header, List<? extends List<?>> rows) {
		byte[] body = ("\uFEFF" + csv(header, rows)).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

	static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
		// a leading =, +, - or @ would be a formula to Excel (CSV injection)
		if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
