package cn.gov.cq.jianping.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.ListSql;
import cn.gov.cq.jianping.shared.web.list.PageQuery;
import cn.gov.cq.jianping.shared.web.list.ScopedDistricts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification list with the list pattern, all in SQL: query text over institution,
 * reason and number, filters by status (counted per status) and district (a district
 * office only its own), sorting, paging, and the same rows unpaged for the export and the
 * print view. The scope is the one of {@link SupervisionScope}: the center and the bureau
 * all orders, a district office those of institutions registered in its district, an
 * institution its own.
 */
@Service
public class RectificationListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	public static final Map<String, String> SORTABLE = Map.of("id", "o.id", "institution", "i.name", "deadline",
			"o.deadline", "status", "o.status", "issued", "o.issued_at");

	public static final List<String> EXPORT_HEADER = List.of("编号", "机构", "备案机关", "整改事由", "整改期限", "状态");

	private static final String SELECT = "select o.id, o.institution_id, i.name, i.district_code, o.reason,"
			+ " o.deadline, o.status";

	private static final String FROM = "from rectification_order o join institution i on i.id = o.institution_id";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	RectificationListing(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.clock = clock;
	}

	/** A row of the list and of its export. */
	public record Row(long id, long institutionId, String institutionName, String district, String reason,
			LocalDate deadline, String status, String statusLabel, boolean overdue) {

		public List<Object> cells() {
			return List.of(this.id, this.institutionName, this.district, this.reason, this.deadline.toString(),
					this.statusLabel);
		}

	}

	/** The status options of the filter, by code. */
	public static Map<String, String> statuses() {
		return ListPage.labels(RectificationOrder.Status.values(), RectificationOrder.Status::label);
	}

	/** Reads the list's query from request parameters (by number, oldest first). */
	public static PageQuery query(Map<String, String> params) {
		return PageQuery.of(params, List.of("status", "district"), List.copyOf(SORTABLE.keySet()), "id", false);
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(CurrentUser user, PageQuery query, String path) {
		// an institution sees only its own orders: it gets no district filter at all
		List<ListPage.Filter> filters = user.institutionId() != null ? List.of()
				: List.of(ScopedDistricts.filter("备案机关", user.districtCode()));
		return sql(user, query).page(this.jdbc, query, path, filters, this::row);
	}

	/**
	 * Every filtered row within scope (up to {@link ListSql#MAX_ROWS}), for export and
	 * print.
	 */
	@Transactional(readOnly = true)
	public List<Row> all(CurrentUser user, PageQuery query) {
		return sql(user, query).all(this.jdbc, query, this::row);
	}

	private static ListSql sql(CurrentUser user, PageQuery query) {
		DataScope scope = DataScope.of(user);
		ListSql sql = ListSql.of(SELECT, FROM, SORTABLE, "o.id")
			.scope(scope.all(), scope.districtCode(), scope.institutionId(), "o.institution_id", "i.district_code")
			.district(query, scope.districtCode(), "i.district_code")
			.countedBy("o.status", "status", statuses());
		if (query.text() != null) {
			sql.and("i.name ilike :text or o.reason ilike :text or cast(o.id as varchar) = :exact", "text",
					query.likePattern())
				.param("exact", query.text());
		}
		return sql;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		RectificationOrder.Status status = RectificationOrder.Status.valueOf(rs.getString("status"));
		LocalDate deadline = rs.getDate("deadline").toLocalDate();
		String code = rs.getString("district_code");
		boolean overdue = status == RectificationOrder.Status.OVERDUE
				|| status == RectificationOrder.Status.OPEN && deadline.isBefore(LocalDate.now(this.clock));
		return new Row(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("name"),
				code == null ? "市级" : Districts.all().nameOf(code), rs.getString("reason"), deadline, status.name(),
				status.label(), overdue);
	}

}
