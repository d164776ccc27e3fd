package cn.gov.cq.jianping.shared.web.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The SQL of one staff list, built from its scope and the filters of a {@link PageQuery}:
 * one statement counts the rows per group (stage or status) under every other filter, one
 * reads the page, sorted by a key the list declared. Every value is bound, never spliced;
 * a page costs two statements whatever the number of rows.
 */
public final class ListSql {

	/** Most rows an export or print view holds. */
	public static final int MAX_ROWS = 5000;

	private final String select;

	private final String from;

	private final Map<String, String> sorts;

	private final StringBuilder where = new StringBuilder(" where true");

	private final MapSqlParameterSource params = new MapSqlParameterSource();

	private String groupColumn;

	private String groupFilter;

	private Map<String, String> groupLabels = Map.of();

	private final String tieBreak;

	private ListSql(String select, String from, Map<String, String> sorts, String tieBreak) {
		this.select = select;
		this.from = " " + from;
		this.sorts = sorts;
		this.tieBreak = tieBreak;
	}

	/**
	 * A list reading {@code select} columns {@code from} its tables, sortable by the keys
	 * of {@code sorts} (their SQL as values), ties broken by {@code idColumn}.
	 */
	public static ListSql of(String select, String from, Map<String, String> sorts, String idColumn) {
		return new ListSql(select, from, sorts, idColumn);
	}

	/** Adds a condition; name and value bind its parameter (name may be null). */
	public ListSql and(String condition, String name, Object value) {
		this.where.append(" and (").append(condition).append(")");
		if (name != null) {
			this.params.addValue(name, value);
		}
		return this;
	}

	/** Binds one more parameter a condition uses. */
	public ListSql param(String name, Object value) {
		this.params.addValue(name, value);
		return this;
	}

	/**
	 * The user's scope: everything, nothing, one district's institutions or one
	 * institution.
	 */
	public ListSql scope(boolean all, String ownDistrict, Long ownInstitution, String institutionColumn,
			String districtColumn) {
		if (all) {
			return this;
		}
		if (ownInstitution != null) {
			return and(institutionColumn + " = :scopeInstitution", "scopeInstitution", ownInstitution);
		}
		if (ownDistrict != null) {
			return and(districtColumn + " = :scopeDistrict", "scopeDistrict", ownDistrict);
		}
		return and("false", null, null);
	}

	/**
	 * Equality on a column when the query has the filter and it is one of the choices.
	 */
	public ListSql equal(PageQuery query, String name, String column, Iterable<String> choices) {
		String value = query.filter(name);
		for (String choice : choices) {
			if (choice.equals(value)) {
				return and(column + " = :f_" + name, "f_" + name, value);
			}
		}
		return this;
	}

	/**
	 * The district filter: {@code CITY} for the city-registered ones, a district code for
	 * a district's; a district user's own code whatever was asked.
	 */
	public ListSql district(PageQuery query, String ownDistrict, String column) {
		String chosen = ScopedDistricts.chosen(query.filter("district"), ownDistrict);
		if (chosen == null) {
			return this;
		}
		if ("CITY".equals(chosen)) {
			return and(column + " is null", null, null);
		}
		return and(column + " = :f_district", "f_district", chosen);
	}

	/** The query text against any of the columns (ilike, wildcards escaped). */
	public ListSql text(PageQuery query, String... columns) {
		if (query.text() == null) {
			return this;
		}
		List<String> likes = new ArrayList<>();
		for (String column : columns) {
			likes.add(column + " ilike :text");
		}
		return and(String.join(" or ", likes), "text", query.likePattern());
	}

	/**
	 * Counts rows per value of {@code column}; the filter {@code name} narrows the rows
	 * to one of them. The labels (value to label, in display order) are the choices.
	 */
	public ListSql countedBy(String column, String name, Map<String, String> labels) {
		this.groupColumn = column;
		this.groupFilter = name;
		this.groupLabels = labels;
		return this;
	}

	/** One page of the rows with the counts per group. */
	public <T> ListPage<T> page(NamedParameterJdbcTemplate jdbc, PageQuery query, String path,
			List<ListPage.Filter> filters, RowMapper<T> mapper) {
		List<ListPage.Count> counts = counts(jdbc);
		String group = chosenGroup(query);
		long total = counts.stream()
			.filter(c -> group == null || c.value().equals(group))
			.mapToLong(ListPage.Count::count)
			.sum();
		MapSqlParameterSource params = withGroup(query).addValue("limit", query.size())
			.addValue("offset", query.offset());
		List<T> rows = jdbc.query(
				this.select + this.from + whereWithGroup(query) + orderBy(query) + " limit :limit offset :offset",
				params, mapper);
		return new ListPage<>(rows, total, query, path, filters, counts, this.groupFilter);
	}

	/**
	 * Every filtered row (up to {@link #MAX_ROWS}), for the export and the print view.
	 */
	public <T> List<T> all(NamedParameterJdbcTemplate jdbc, PageQuery query, RowMapper<T> mapper) {
		MapSqlParameterSource params = withGroup(query).addValue("limit", MAX_ROWS);
		return jdbc.query(this.select + this.from + whereWithGroup(query) + orderBy(query) + " limit :limit", params,
				mapper);
	}

	private List<ListPage.Count> counts(NamedParameterJdbcTemplate jdbc) {
		if (this.groupColumn == null) {
			return List.of();
		}
		Map<String, Long> byGroup = new LinkedHashMap<>();
		jdbc.query("select " + this.groupColumn + " as g, count(*) as n" + this.from + this.where + " group by "
				+ this.groupColumn, this.params, rs -> {
					byGroup.put(rs.getString("g"), rs.getLong("n"));
				});
		List<ListPage.Count> counts = new ArrayList<>();
		this.groupLabels
			.forEach((value, label) -> counts.add(new ListPage.Count(value, label, byGroup.getOrDefault(value, 0L))));
		return counts;
	}

	private String chosenGroup(PageQuery query) {
		if (this.groupFilter == null) {
			return null;
		}
		String value = query.filter(this.groupFilter);
		return value != null && this.groupLabels.containsKey(value) ? value : null;
	}

	private String whereWithGroup(PageQuery query) {
		return chosenGroup(query) == null ? this.where.toString()
				: this.where + " and " + this.groupColumn + " = :f_group";
	}

	private MapSqlParameterSource withGroup(PageQuery query) {
		MapSqlParameterSource params = new MapSqlParameterSource(this.params.getValues());
		String group = chosenGroup(query);
		if (group != null) {
			params.addValue("f_group", group);
		}
		return params;
	}

	private String orderBy(PageQuery query) {
		String column = this.sorts.getOrDefault(query.sort(), this.tieBreak);
		String dir = query.descending() ? " desc" : " asc";
		return " order by " + column + dir + " nulls last"
				+ (column.equals(this.tieBreak) ? "" : ", " + this.tieBreak + dir);
	}

}
