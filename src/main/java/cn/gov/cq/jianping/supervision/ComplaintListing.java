package cn.gov.cq.jianping.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * The list of every complaint (投诉举报) within the user's scope, with the list pattern:
 * query text over institution, source and content, counts per verification state (待核查,
 * 属实, 不属实), the district filter (a district office only its own), sorting, paging, and
 * the same rows unpaged for export and print. Complaints are staff business: the
 * institution complained about never sees them, nor who complained.
 */
@Service
public class ComplaintListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	static final Map<String, String> SORTABLE = Map.of("id", "c.id", "institution", "i.name", "received",
			"c.received_on", "source", "c.source");

	public static final List<String> EXPORT_HEADER = List.of("编号", "机构", "备案机关", "来源", "内容", "收到日期", "核查结论", "核查结果");

	/** The verification state as one value, so it can be counted and filtered. */
	private static final String STATE = "(case when c.verified is null then 'PENDING' when c.verified then 'TRUE'"
			+ " else 'FALSE' end)";

	private static final String SELECT = "select c.id, c.institution_id, i.name, i.district_code, c.source, c.content,"
			+ " c.received_on, c.verified, c.verification_result";

	private static final String FROM = "from complaint c join institution i on i.id = c.institution_id";

	private final NamedParameterJdbcTemplate jdbc;

	ComplaintListing(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** A row of the list and of its export. */
	public record Row(long id, long institutionId, String institutionName, String district, String source,
			String content, LocalDate receivedOn, Boolean verified, String state, String verificationResult) {

		public List<Object> cells() {
			return List.of(this.id, this.institutionName, this.district, this.source, this.content,
					this.receivedOn.toString(), this.state,
					this.verificationResult == null ? "" : this.verificationResult);
		}

	}

	/** The verification states, by code, in display order. */
	public static Map<String, String> states() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("PENDING", "待核查");
		labels.put("TRUE", "经核查属实");
		labels.put("FALSE", "经核查不属实");
		return labels;
	}

	/** Reads the list's query from request parameters (newest first). */
	public static PageQuery query(Map<String, String> params) {
		return PageQuery.of(params, List.of("state", "district"), List.copyOf(SORTABLE.keySet()), "received", true);
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(CurrentUser user, PageQuery query, String path) {
		List<ListPage.Filter> filters = List.of(ScopedDistricts.filter("备案机关", user.districtCode()));
		return sql(user, query).page(this.jdbc, query, path, filters, ComplaintListing::row);
	}

	/** Every filtered row within scope (up to {@link ListSql#MAX_ROWS}). */
	@Transactional(readOnly = true)
	public List<Row> all(CurrentUser user, PageQuery query) {
		return sql(user, query).all(this.jdbc, query, ComplaintListing::row);
	}

	private static ListSql sql(CurrentUser user, PageQuery query) {
		DataScope scope = DataScope.of(user);
		// staff only: an institution's scope would be its own, but it is refused before
		return ListSql.of(SELECT, FROM, SORTABLE, "c.id")
			.scope(scope.all(), scope.districtCode(), null, "c.institution_id", "i.district_code")
			.district(query, scope.districtCode(), "i.district_code")
			.text(query, "i.name", "c.source", "c.content")
			.countedBy(STATE, "state", states());
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		String code = rs.getString("district_code");
		Boolean verified = (Boolean) rs.getObject("verified");
		String state = states().get(verified == null ? "PENDING" : verified.toString().toUpperCase(Locale.ROOT));
		return new Row(rs.getLong("id"), rs.getLong("institution_id"), rs.getString("name"),
				code == null ? "市级" : Districts.all().nameOf(code), rs.getString("source"), rs.getString("content"),
				rs.getDate("received_on").toLocalDate(), verified, state, rs.getString("verification_result"));
	}

}
