package cn.gov.cq.jianping.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.scoring.model.ConsolidationMethod;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.ListSql;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of 评估批次 with the list pattern, all in SQL: query text over the name, counts
 * per status, filters by year and consolidation method, sorting, paging, and the same
 * rows for the export and the print view. Rounds are the city's business (the center and
 * the bureau, by the route rules): there is no narrower scope to apply.
 */
@Service
public class RoundListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	static final Map<String, String> SORTABLE = Map.of("id", "r.id", "name", "r.name", "year", "r.year", "status",
			"r.status", "self", "r.self_deadline", "center", "r.center_deadline");

	public static final List<String> EXPORT_HEADER = List.of("编号", "批次名称", "年度", "状态", "自评截止", "区县初评截止", "中心评估截止",
			"专家评分汇总");

	private static final String SELECT = "select r.id, r.name, r.year, r.status, r.self_deadline,"
			+ " r.district_deadline, r.center_deadline, r.consolidation_method";

	private static final String FROM = "from evaluation_round r";

	private final NamedParameterJdbcTemplate jdbc;

	RoundListing(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/** A row of the list and of its export. */
	public record Row(long id, String name, int year, String status, boolean launched, LocalDate selfDeadline,
			LocalDate districtDeadline, LocalDate centerDeadline, ConsolidationMethod consolidationMethod) {

		public List<Object> cells() {
			return Arrays.asList(this.id, this.name, this.year, this.status, this.selfDeadline.toString(),
					this.districtDeadline.toString(), this.centerDeadline.toString(), this.consolidationMethod.label());
		}

	}

	/** Reads the list's query from request parameters (newest first). */
	public static PageQuery query(Map<String, String> params) {
		return PageQuery.of(params, List.of("status", "year", "method"), List.copyOf(SORTABLE.keySet()), "id", true);
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(PageQuery query, String path) {
		List<ListPage.Option> years = this.jdbc.getJdbcTemplate()
			.query("select distinct year from evaluation_round order by year desc",
					(rs, n) -> new ListPage.Option(rs.getString("year"), rs.getString("year") + " 年度"));
		List<ListPage.Filter> filters = List.of(new ListPage.Filter("year", "年度", years),
				new ListPage.Filter("method", "专家评分汇总",
						Arrays.stream(ConsolidationMethod.values())
							.map(m -> new ListPage.Option(m.name(), m.label()))
							.toList()));
		return sql(query).page(this.jdbc, query, path, filters, RoundListing::row);
	}

	/** Every filtered row (up to {@link ListSql#MAX_ROWS}). */
	@Transactional(readOnly = true)
	public List<Row> all(PageQuery query) {
		return sql(query).all(this.jdbc, query, RoundListing::row);
	}

	private static ListSql sql(PageQuery query) {
		ListSql sql = ListSql.of(SELECT, FROM, SORTABLE, "r.id")
			.equal(query, "method", "r.consolidation_method",
					Arrays.stream(ConsolidationMethod.values()).map(Enum::name).toList())
			.text(query, "r.name")
			.countedBy("r.status", "status", statuses());
		Long year = query.longFilter("year");
		if (year != null) {
			sql.and("r.year = :year", "year", year.intValue());
		}
		return sql;
	}

	static Map<String, String> statuses() {
		return ListPage.labels(EvaluationRound.Status.values(), EvaluationRound.Status::label);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		EvaluationRound.Status status = EvaluationRound.Status.valueOf(rs.getString("status"));
		return new Row(rs.getLong("id"), rs.getString("name"), rs.getInt("year"), status.label(),
				status == EvaluationRound.Status.LAUNCHED, rs.getDate("self_deadline").toLocalDate(),
				rs.getDate("district_deadline").toLocalDate(), rs.getDate("center_deadline").toLocalDate(),
				ConsolidationMethod.valueOf(rs.getString("consolidation_method")));
	}

}
