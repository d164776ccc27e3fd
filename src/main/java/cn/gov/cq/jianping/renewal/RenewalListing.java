package cn.gov.cq.jianping.renewal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
 * The list of 延续备案 applications with the list pattern, all in SQL: query text over the
 * institution and the 文号, counts per status, the 备案机关 filter (a district office only its
 * own), sorting, paging, and the same rows for the export and the print view. The scope
 * is {@link RenewalBasis#sees}: by the application's registering district, an institution
 * its own.
 */
@Service
public class RenewalListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	static final Map<String, String> SORTABLE = Map.of("id", "r.id", "institution", "i.name", "expires", "r.expires_on",
			"status", "r.status", "submitted", "r.submitted_at");

	public static final List<String> EXPORT_HEADER = List.of("编号", "机构", "备案机关", "原有效期至", "依据", "状态", "决定书文号");

	private static final String SELECT = "select r.id, r.institution_id, i.name, r.district_code, r.expires_on,"
			+ " r.basis_grade, r.basis_round_year, r.basis_valid_until, r.status, r.document_number";

	private static final String FROM = "from renewal_application r join institution i on i.id = r.institution_id";

	private final NamedParameterJdbcTemplate jdbc;

	RenewalListing(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** A row of the list and of its export. */
	public record Row(long id, long institutionId, String institutionName, String authority, LocalDate expiresOn,
			String basis, String status, String documentNumber) {

		public List<Object> cells() {
			return Arrays.asList(this.id, this.institutionName, this.authority, this.expiresOn.toString(), this.basis,
					this.status, this.documentNumber == null ? "" : this.documentNumber);
		}

	}

	/** Reads the list's query from request parameters (newest first). */
	public static PageQuery query(Map<String, String> params) {
		return PageQuery.of(params, List.of("status", "district"), List.copyOf(SORTABLE.keySet()), "id", true);
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(CurrentUser user, PageQuery query, String path) {
		List<ListPage.Filter> filters = user.institutionId() != null ? List.of()
				: List.of(ScopedDistricts.filter("备案机关", user.districtCode()));
		return sql(user, query).page(this.jdbc, query, path, filters, RenewalListing::row);
	}

	/** Every filtered row within scope (up to {@link ListSql#MAX_ROWS}). */
	@Transactional(readOnly = true)
	public List<Row> all(CurrentUser user, PageQuery query) {
		return sql(user, query).all(this.jdbc, query, RenewalListing::row);
	}

	private static ListSql sql(CurrentUser user, PageQuery query) {
		DataScope scope = DataScope.of(user);
		return ListSql.of(SELECT, FROM, SORTABLE, "r.id")
			.scope(scope.all(), scope.districtCode(), scope.institutionId(), "r.institution_id", "r.district_code")
			.district(query, scope.districtCode(), "r.district_code")
			.text(query, "i.name", "r.document_number")
			.countedBy("r.status", "status", statuses());
	}

	static Map<String, String> statuses() {
		return ListPage.labels(RenewalApplication.Status.values(), RenewalApplication.Status::label);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String code = rs.getString("district_code");
		String grade = rs.getString("basis_grade");
		Date validUntil = rs.getDate("basis_valid_until");
		Integer year = (Integer) rs.getObject("basis_round_year");
		String basis = RenewalQueries.basisOf(grade == null ? null : Grade.valueOf(grade), year,
				validUntil == null ? null : validUntil.toLocalDate());
		return new Row(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("name"),
				code == null ? "市级" : Districts.all().nameOf(code), rs.getDate("expires_on").toLocalDate(), basis,
				RenewalApplication.Status.valueOf(rs.getString("status")).label(), rs.getString("document_number"));
	}

}
