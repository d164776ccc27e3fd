package cn.gov.cq.jianping.audit.web;

import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.audit.AuditRecords;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The auditor's filter: a day range (both inclusive), an actor's login name, part of an
 * action, a result. A bad date or an end before the start is shown beside its field.
 */
record AuditFilterForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
		@Size(max = 100, message = "{audit.actor.size}") String actor,
		@Size(max = 100, message = "{audit.action.size}") String action,
		@Pattern(regexp = "|成功|失败", message = "{audit.result.pattern}") String result) {

	AuditRecords.Filter filter() {
		return new AuditRecords.Filter(this.from, this.to, this.actor, this.action, this.result);
	}

	/** The same filter as query parameters, for the pager and the export link. */
	String query() {
		StringBuilder query = new StringBuilder();
		append(query, "from", this.from == null ? null : this.from.toString());
		append(query, "to", this.to == null ? null : this.to.toString());
		append(query, "actor", this.actor);
		append(query, "action", this.action);
		append(query, "result", this.result);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null && !value.isBlank()) {
			query.append(query.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
		}
	}

}
