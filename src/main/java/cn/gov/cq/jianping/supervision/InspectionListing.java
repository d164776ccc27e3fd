package cn.gov.cq.jianping.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.Grade;
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
 * The 日常检查计划 with the list pattern: the plan year (this year unless asked otherwise, "全部"
 * for every year), counts per state (待检查, 已逾期, 已检查), filters by grade and district (a
 * district office only its own), query text over institution and inspecting unit,
 * sorting, paging, and the same rows unpaged for export and print.
 */
@Service
public class InspectionListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	static final Map<String, String> SORTABLE = Map.of("month", "p.plan_year * 100 + p.planned_month", "institution",
			"i.name", "grade", "p.grade", "inspector", "p.inspector", "id", "p.id");

	public static final List<String> EXPORT_HEADER = List.of("年度", "月份", "机构", "备案机关", "评估等级", "检查单位", "状态", "检查情况");

	/** The first year a plan can exist for: the measures took effect in 2021. */
	public static final int FIRST_YEAR = 2021;

	private static final String STATE = "(case when p.done then 'DONE' when p.overdue then 'OVERDUE'"
			+ " else 'PENDING' end)";

	private static final String SELECT = "select p.id, p.plan_year, p.planned_month, p.institution_id, i.name,"
			+ " i.district_code, p.grade, p.inspector, p.done, p.overdue, p.finding";

	private static final String FROM = "from inspection_plan_item p join institution i on i.id = p.institution_id";

	private final NamedParameterJdbcTemplate jdbc;

	InspectionListing(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** A row of the list and of its export. */
	public record Row(long id, int year, int month, long institutionId, String institutionName, String district,
			Grade grade, String inspector, boolean done, boolean overdue, String state, String finding) {

		public List<Object> cells() {
			return List.of(this.year, this.month, this.institutionName, this.district, this.grade.label(),
					this.inspector, this.state, this.finding == null ? "" : this.finding);
		}

	}

	/** The states of a planned inspection, by code, in display order. */
	public static Map<String, String> states() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("PENDING", "待检查");
		labels.put("OVERDUE", "已逾期");
		labels.put("DONE", "已检查");
		return labels;
	}

	private static Map<String, String> grades() {
		return ListPage.labels(Grade.values(), Grade::label);
	}

	/** Reads the list's query from request parameters (by month, then institution). */
	public static PageQuery query(Map<String, String> params) {
		return PageQuery.of(params, List.of("year", "state", "grade", "district"), List.copyOf(SORTABLE.keySet()),
				"month", false);
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(CurrentUser user, PageQuery query, String path, int currentYear) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		List<ListPage.Filter> filters = List.of(ListPage.Filter.years("year", "年度", currentYear + 1, FIRST_YEAR),
				ListPage.Filter.of("grade", "评估等级", grades()), ScopedDistricts.filter("备案机关", user.districtCode()));
		return sql(user, query).page(this.jdbc, query, path, filters, InspectionListing::row);
	}

	/** Every filtered row within scope (up to {@link ListSql#MAX_ROWS}). */
	@Transactional(readOnly = true)
	public List<Row> all(CurrentUser user, PageQuery query) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		return sql(user, query).all(this.jdbc, query, InspectionListing::row);
	}

	private static ListSql sql(CurrentUser user, PageQuery query) {
		DataScope scope = DataScope.of(user);
		ListSql sql = ListSql.of(SELECT, FROM, SORTABLE, "p.id")
			.scope(scope.all(), scope.districtCode(), null, "p.institution_id", "i.district_code")
			.district(query, scope.districtCode(), "i.district_code")
			.equal(query, "grade", "p.grade", grades().keySet())
			.text(query, "i.name", "p.inspector")
			.countedBy(STATE, "state", states());
		Long year = query.longFilter("year");
		if (year != null && year >= FIRST_YEAR && year <= 9999) {
			sql.and("p.plan_year = :year", "year", year.intValue());
		}
		return sql;
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String code = rs.getString("district_code");
		boolean done = rs.getBoolean("done");
		boolean overdue = !done && rs.getBoolean("overdue");
		String state = states().get(done ? "DONE" : overdue ? "OVERDUE" : "PENDING");
		return new Row(rs.getLong("id"), rs.getInt("plan_year"), rs.getInt("planned_month"),
				rs.getLong("institution_id"), rs.getString("name"), code == null ? "市级" : Districts.all().nameOf(code),
				Grade.valueOf(rs.getString("grade")), rs.getString("inspector"), done, overdue, state,
				rs.getString("finding"));
	}

}
