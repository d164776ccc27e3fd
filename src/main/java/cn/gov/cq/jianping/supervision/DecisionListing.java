package cn.gov.cq.jianping.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
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
 * The list of 处理决定 with the list pattern, all in SQL: query text over institution,
 * grounds and 文号, counts per status, filters by kind and district (a district office only
 * its own), sorting, paging, and the same rows for the export and the print view. The
 * scope is the one of {@link SupervisionScope}, by the institution's registered district.
 */
@Service
public class DecisionListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	static final Map<String, String> SORTABLE = Map.of("id", "d.id", "institution", "i.name", "kind", "d.kind",
			"status", "d.status", "proposed", "d.proposed_at");

	public static final List<String> EXPORT_HEADER = List.of("编号", "机构", "备案机关", "处理方式", "降低后的等级", "事实和依据", "状态",
			"决定书文号");

	private static final String SELECT = "select d.id, d.institution_id, i.name, i.district_code, d.kind, d.new_grade,"
			+ " d.grounds, d.status, d.document_number";

	private static final String FROM = "from supervision_decision d join institution i on i.id = d.institution_id";

	private final NamedParameterJdbcTemplate jdbc;

	DecisionListing(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** A row of the list and of its export. */
	public record Row(long id, long institutionId, String institutionName, String district, String kind, Grade newGrade,
			String grounds, String status, boolean pending, String documentNumber) {

		public List<Object> cells() {
			return Arrays.asList(this.id, this.institutionName, this.district, this.kind,
					this.newGrade == null ? "" : this.newGrade.label(), this.grounds, this.status,
					this.documentNumber == null ? "" : this.documentNumber);
		}

	}

	/** Reads the list's query from request parameters (newest first). */
	public static PageQuery query(Map<String, String> params) {
		return PageQuery.of(params, List.of("status", "kind", "district"), List.copyOf(SORTABLE.keySet()), "id", true);
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(CurrentUser user, PageQuery query, String path) {
		List<ListPage.Filter> filters = List.of(ListPage.Filter.of("kind", "处理方式", kinds()),
				ScopedDistricts.filter("备案机关", user.districtCode()));
		return sql(user, query).page(this.jdbc, query, path, filters, DecisionListing::row);
	}

	/** Every filtered row within scope (up to {@link ListSql#MAX_ROWS}). */
	@Transactional(readOnly = true)
	public List<Row> all(CurrentUser user, PageQuery query) {
		return sql(user, query).all(this.jdbc, query, DecisionListing::row);
	}

	private static ListSql sql(CurrentUser user, PageQuery query) {
		DataScope scope = DataScope.of(user);
		// decisions are staff business: an institution account sees none here
		return ListSql.of(SELECT, FROM, SORTABLE, "d.id")
			.scope(scope.all(), scope.districtCode(), null, "d.institution_id", "i.district_code")
			.district(query, scope.districtCode(), "i.district_code")
			.equal(query, "kind", "d.kind", kinds().keySet())
			.text(query, "i.name", "d.grounds", "d.document_number")
			.countedBy("d.status", "status", statuses());
	}

	static Map<String, String> statuses() {
		return ListPage.labels(SupervisionDecision.Status.values(), SupervisionDecision.Status::label);
	}

	static Map<String, String> kinds() {
		return ListPage.labels(SupervisionDecision.Kind.values(), SupervisionDecision.Kind::label);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		SupervisionDecision.Status status = SupervisionDecision.Status.valueOf(rs.getString("status"));
		String code = rs.getString("district_code");
		String grade = rs.getString("new_grade");
		return new Row(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("name"),
				code == null ? "市级" : Districts.all().nameOf(code),
				SupervisionDecision.Kind.valueOf(rs.getString("kind")).label(),
				grade == null ? null : Grade.valueOf(grade), rs.getString("grounds"), status.label(),
				status == SupervisionDecision.Status.PROPOSED, rs.getString("document_number"));
	}

}
