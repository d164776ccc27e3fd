package cn.gov.cq.jianping.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.ListRequest;
import cn.gov.cq.jianping.shared.web.list.ScopedDistricts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rectification list with the list pattern, all in SQL: query text over institution
 * and reason, filters by status and district (a district office only its own), sorting,
 * paging, and the same rows unpaged for the export and the print view. The scope is the
 * one of {@link SupervisionScope}: the center and the bureau all orders, a district
 * office those of institutions registered in its district, an institution its own.
 */
@Service
public class RectificationListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	public static final Map<String, String> SORTABLE = Map.of("id", "o.id", "institution", "i.name", "deadline",
			"o.deadline", "status", "o.status", "issued", "o.issued_at");

	/** Most rows an export or print view holds. */
	public static final int MAX_ROWS = 5000;

	private final JdbcClient jdbc;

	private final Clock clock;

	RectificationListing(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The filters of the list; blank means any. */
	public record Filter(String status, String district) {
	}

	/** A row of the list and of its export. */
	public record Row(long id, long institutionId, String institutionName, String district, String reason,
			LocalDate deadline, String status, String statusLabel, boolean overdue) {

		public List<Object> cells() {
			return List.of(this.id, this.institutionName, this.district, this.reason, this.deadline.toString(),
					this.statusLabel);
		}

	}

	public static final List<String> EXPORT_HEADER = List.of("编号", "机构", "备案机关", "整改事由", "整改期限", "状态");

	/** The status options of the filter, by code. */
	public static Map<String, String> statuses() {
		Map<String, String> options = new LinkedHashMap<>();
		for (RectificationOrder.Status status : RectificationOrder.Status.values()) {
			options.put(status.name(), status.label());
		}
		return options;
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(CurrentUser user, Filter filter, ListRequest request) {
		String where = where();
		long total = bind(this.jdbc.sql("select count(*) " + FROM + where), user, filter, request).query(Long.class)
			.single();
		List<Row> rows = bind(this.jdbc.sql(SELECT + FROM + where + " order by " + request.orderBy(SORTABLE)
				+ ", o.id desc limit :limit offset :offset"), user, filter, request)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(this::row)
			.list();
		return new ListPage<>(rows, request.page(), request.size(), total);
	}

	/**
	 * Every filtered row within scope (up to {@link #MAX_ROWS}), for export and print.
	 */
	@Transactional(readOnly = true)
	public List<Row> all(CurrentUser user, Filter filter, ListRequest request) {
		return bind(this.jdbc
			.sql(SELECT + FROM + where() + " order by " + request.orderBy(SORTABLE) + ", o.id desc limit :limit"), user,
				filter, request)
			.param("limit", MAX_ROWS)
			.query(this::row)
			.list();
	}

	private static final String SELECT = """
			select o.id, o.institution_id, i.name, i.district_code, o.reason, o.deadline, o.status
			""";

	private static final String FROM = """
			from rectification_order o join institution i on i.id = o.institution_id
			""";

	private static String where() {
		return """
				where (:all or (:scopeDistrict <> '' and i.district_code = :scopeDistrict)
				       or (cast(:scopeInstitution as bigint) is not null and o.institution_id = :scopeInstitution))
				  and (:q = '' or i.name ilike :like or o.reason ilike :like or cast(o.id as varchar) = :q)
				  and (:status = '' or o.status = :status)
				  and (:district = '' or (:district = 'CITY' and i.district_code is null) or i.district_code = :district)
				""";
	}

	private StatementSpec bind(StatementSpec spec, CurrentUser user, Filter filter, ListRequest request) {
		DataScope scope = DataScope.of(user);
		String district = ScopedDistricts.chosen(filter.district(), scope.districtCode());
		String status = filter.status() != null && statuses().containsKey(filter.status()) ? filter.status() : "";
		return spec.param("all", scope.all())
			.param("scopeDistrict", scope.districtCode() == null ? "" : scope.districtCode())
			.param("scopeInstitution", scope.institutionId())
			.param("q", request.q())
			.param("like", request.likePattern())
			.param("status", status)
			.param("district", district == null ? "" : district);
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
