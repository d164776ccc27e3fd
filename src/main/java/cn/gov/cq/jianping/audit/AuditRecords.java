package cn.gov.cq.jianping.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reading the audit records, for the auditor only: filtered by time range (days in
 * Asia/Shanghai, both inclusive), actor, action (part of it) and result; newest first.
 */
@Service
public class AuditRecords {

	/** Rows per page. */
	public static final int PAGE_SIZE = 50;

	/** The most rows one export holds. */
	public static final int EXPORT_LIMIT = 100_000;

	private final JdbcClient jdbc;

	AuditRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What the auditor filters by; every part optional. */
	public record Filter(LocalDate from, LocalDate to, String actor, String action, String result) {

		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}

	}

	/** One record as the auditor reads it. */
	public record Row(long id, long chainSeq, Instant occurredAt, String actor, String actorRole, String clientAddress,
			String action, String targetType, String targetId, String detail, String result, String hash) {
	}

	/** One page of records and how many match. */
	public record Page(List<Row> rows, long total, int page, int pages) {
	}

	private static final RowMapper<Row> ROW = (rs, n) -> new Row(rs.getLong("id"), rs.getLong("chain_seq"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("actor_role"),
			rs.getString("client_address"), rs.getString("action"), rs.getString("target_type"),
			rs.getString("target_id"), rs.getString("detail"), rs.getString("result"), rs.getString("hash"));

	@Transactional(readOnly = true)
	public Page search(Filter filter, int page) {
		Where where = where(filter);
		long total = bind(this.jdbc.sql("select count(*) from audit_entry a" + where.sql), where.params)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<Row> rows = bind(this.jdbc
			.sql("select * from audit_entry a" + where.sql + " order by a.occurred_at desc, a.id desc limit "
					+ PAGE_SIZE + " offset " + (current - 1) * PAGE_SIZE),
				where.params)
			.query(ROW)
			.list();
		return new Page(rows, total, current, pages);
	}

	/** Every matching record (up to {@value #EXPORT_LIMIT}), newest first, one by one. */
	@Transactional(readOnly = true)
	public void forEach(Filter filter, Consumer<Row> each) {
		Where where = where(filter);
		bind(this.jdbc.sql("select * from audit_entry a" + where.sql + " order by a.occurred_at desc, a.id desc limit "
				+ EXPORT_LIMIT), where.params)
			.query(ROW)
			.stream()
			.forEach(each);
	}

	/** The actions recorded so far, for the filter's choices. */
	@Transactional(readOnly = true)
	public List<String> actions() {
		return this.jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	private record Where(String sql, Map<String, Object> params) {
	}

	private static Where where(Filter filter) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.from() != null) {
			parts.add("a.occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(TimeConfiguration.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			parts.add("a.occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant()));
		}
		if (StringUtils.hasText(filter.actor())) {
			parts.add("a.actor = :actor");
			params.put("actor", filter.actor().trim());
		}
		if (StringUtils.hasText(filter.action())) {
			parts.add("a.action like :action escape '\\'");
			params.put("action",
					"%" + filter.action().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (StringUtils.hasText(filter.result())) {
			parts.add("a.result = :result");
			params.put("result", filter.result().trim());
		}
		return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
		return spec.params(params);
	}

}
