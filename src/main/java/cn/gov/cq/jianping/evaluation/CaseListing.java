package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list ({@code /cases}) as a read model: filtered, counted per stage, sorted and
 * paged in SQL, so a page costs three statements whatever the number of cases, rounds or
 * institutions; exports read the same filtered rows through one cursor.
 */
@Service
public class CaseListing {

	/** The sort keys of the case list and their SQL; the id breaks ties. */
	static final Map<String, String> SORTS = Map.of("id", "c.id", "institution", "c.institution_name", "stage",
			"c.stage", "deadline", "stage_deadline", "grade", "coalesce(c.approved_grade, c.initial_grade)", "round",
			"c.round_id");

	static final String DEADLINE = "case c.stage when 'SELF_ASSESSMENT' then r.self_deadline"
			+ " when 'DISTRICT_REVIEW' then r.district_deadline when 'CENTER_EVALUATION' then r.center_deadline end";

	private static final String COLUMNS = "select c.id, c.round_id, r.name as round_name, c.institution_id,"
			+ " c.institution_name, c.rubric_code, c.district_code, c.via_district, c.stage, c.self_skipped,"
			+ " c.district_skipped, c.initial_total, c.initial_grade, c.approved_grade, c.version, " + DEADLINE
			+ " as stage_deadline from evaluation_case c join evaluation_round r on r.id = c.round_id";

	/** Rows PostgreSQL sends per round trip while an export reads its cursor. */
	static final int EXPORT_FETCH = 500;

	private final NamedParameterJdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate cursor;

	private final Clock clock;

	CaseListing(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		JdbcTemplate fetching = new JdbcTemplate(jdbc.getDataSource());
		fetching.setFetchSize(EXPORT_FETCH);
		this.cursor = new NamedParameterJdbcTemplate(fetching);
		this.clock = clock;
	}

	/** Reads a case-list query from request parameters. */
	public static PageQuery query(CurrentUser user, Map<String, String> params) {
		boolean byIdAscending = user.hasRole(Role.CENTER) || user.hasRole(Role.BUREAU) || user.hasRole(Role.EXPERT)
				|| user.role().administrator();
		return PageQuery.of(params, CaseFilters.NAMES, List.copyOf(SORTS.keySet()), "id", !byIdAscending);
	}

	/** One page of the cases within the user's scope, with the counts per stage. */
	@Transactional(readOnly = true)
	public ListPage<CaseViews.CaseSummary> list(CurrentUser user, PageQuery query, String path) {
		List<ListPage.Count> counts = countsPerStage(user, query);
		CaseStage stage = query.enumFilter("stage", CaseStage.class);
		long total = counts.stream()
			.filter(c -> stage == null || c.value().equals(stage.name()))
			.mapToLong(ListPage.Count::count)
			.sum();
		CaseFilters filters = CaseFilters.scopeOf(user).with(query, true);
		filters.params().addValue("limit", query.size()).addValue("offset", query.offset());
		List<CaseViews.CaseSummary> rows = this.jdbc.query(
				COLUMNS + filters.where() + orderBy(query) + " limit :limit offset :offset", filters.params(),
				(rs, n) -> summary(rs));
		return new ListPage<>(rows, total, query, path, CaseFilters.choices(user, rounds(), stages()), counts, "stage");
	}

	/**
	 * Every filtered row within scope, in id order, from one statement read through a
	 * cursor of {@value #EXPORT_FETCH} rows, so an export never holds them all and costs
	 * the same statements whatever their number.
	 */
	@Transactional(readOnly = true)
	public void forEach(CurrentUser user, PageQuery query, Consumer<CaseViews.CaseSummary> row) {
		CaseFilters filters = CaseFilters.scopeOf(user).with(query, true);
		// PostgreSQL reads by cursor only inside a transaction and with a fetch size
		this.cursor.query(COLUMNS + filters.where() + " order by c.id", filters.params(),
				(RowCallbackHandler) rs -> row.accept(summary(rs)));
	}

	private List<ListPage.Count> countsPerStage(CurrentUser user, PageQuery query) {
		CaseFilters filters = CaseFilters.scopeOf(user).with(query, false);
		Map<CaseStage, Long> byStage = new EnumMap<>(CaseStage.class);
		this.jdbc.query("select c.stage, count(*) as n from evaluation_case c" + filters.where() + " group by c.stage",
				filters.params(), rs -> {
					CaseStage stage = stageOf(rs.getString("stage"));
					if (stage != null) {
						byStage.put(stage, rs.getLong("n"));
					}
				});
		List<ListPage.Count> counts = new ArrayList<>();
		byStage.forEach((stage, n) -> counts.add(new ListPage.Count(stage.name(), stage.label(), n)));
		return counts;
	}

	/** The launched rounds, newest first, as filter choices. */
	List<ListPage.Option> rounds() {
		return this.jdbc.getJdbcTemplate()
			.query("select id, name from evaluation_round where status = 'LAUNCHED' order by year desc, id desc",
					(rs, n) -> new ListPage.Option(String.valueOf(rs.getLong("id")), rs.getString("name")));
	}

	static List<CaseStage> stages() {
		return Arrays.asList(CaseStage.values());
	}

	private static String orderBy(PageQuery query) {
		String column = SORTS.getOrDefault(query.sort(), "c.id");
		String dir = query.descending() ? " desc" : " asc";
		return " order by " + column + dir + " nulls last" + (column.equals("c.id") ? "" : ", c.id" + dir);
	}

	static CaseStage stageOf(String name) {
		for (CaseStage stage : CaseStage.values()) {
			if (stage.name().equals(name)) {
				return stage;
			}
		}
		return null;
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), TimeConfiguration.ZONE);
	}

	private CaseViews.CaseSummary summary(ResultSet rs) throws SQLException {
		Date deadlineDate = rs.getDate("stage_deadline");
		LocalDate deadline = deadlineDate == null ? null : deadlineDate.toLocalDate();
		boolean overdue = deadline != null && deadline.isBefore(today());
		BigDecimal total = rs.getBigDecimal("initial_total");
		return new CaseViews.CaseSummary(rs.getLong("id"), rs.getLong("round_id"), rs.getString("round_name"),
				rs.getLong("institution_id"), rs.getString("institution_name"),
				RubricCode.valueOf(rs.getString("rubric_code")), rs.getString("district_code"),
				rs.getBoolean("via_district"), stageOf(rs.getString("stage")), rs.getBoolean("self_skipped"),
				rs.getBoolean("district_skipped"), total, grade(rs.getString("initial_grade")),
				grade(rs.getString("approved_grade")), deadline, overdue, rs.getLong("version"));
	}

	static Grade grade(String name) {
		return name == null ? null : Grade.valueOf(name);
	}

}
