package cn.gov.cq.jianping.publicity.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.gov.cq.jianping.publicity.GradeLookup;

import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * The result rows of the public lookup page, written in Java. Each row of the template
 * used to evaluate nine expressions; with a full page of results those were the largest
 * part of an uncached render (JFR, docs/performance.md). Every value is HTML-escaped
 * here, the way Thymeleaf's {@code th:text} escapes it, so the template inserts the
 * result with {@code th:utext}.
 */
final class LookupRows {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

	private LookupRows() {
	}

	static String html(List<GradeLookup.GradeRow> rows, String contextPath) {
		StringBuilder html = new StringBuilder(rows.size() * 400);
		for (GradeLookup.GradeRow row : rows) {
			String link = contextPath + "/public/institutions/"
					+ UriUtils.encodePathSegment(row.creditCode(), StandardCharsets.UTF_8);
			html.append("<tr>\n        <td><a href=\"")
				.append(escape(link))
				.append("\">")
				.append(escape(row.name()))
				.append("</a></td>\n        <td class=\"font-monospace\">")
				.append(escape(row.creditCode()))
				.append("</td>\n        <td>")
				.append(escape(row.type()))
				.append("</td>\n        <td>")
				.append(escape(row.district()))
				.append("</td>\n        <td><span class=\"badge jp-grade jp-grade-")
				.append(escape(row.grade().toLowerCase(Locale.ROOT)))
				.append("\">")
				.append(escape(row.gradeLabel()))
				.append("</span></td>\n        <td>")
				.append(row.roundYear())
				.append("</td>\n        <td>")
				.append(row.confirmedAt() == null ? "" : DAY.format(row.confirmedAt()))
				.append("</td>\n      </tr>\n");
		}
		return html.toString();
	}

	/**
	 * Only what HTML needs escaped in UTF-8 ({@code & < > " '}), as {@code th:text} does.
	 */
	private static String escape(String text) {
		return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

}
