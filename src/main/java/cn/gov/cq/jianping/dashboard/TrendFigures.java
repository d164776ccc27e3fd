package cn.gov.cq.jianping.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Trends across rounds, from SQL aggregates: each district's mean total per round, and
 * each institution's total per round. Totals are the approved ones where the bureau has
 * approved, the panel's initial ones otherwise.
 */
@Component
class TrendFigures {

	private static final String SCOPE = " (:all or c.district_code = :district) ";

	private final JdbcClient jdbc;

	TrendFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Cell(long roundId, String roundName, String series, BigDecimal value) {
	}

	FigureTable districts(DashboardScope scope) {
		List<Cell> cells = this.jdbc.sql("""
				select r.id, r.name, coalesce(c.district_code, '') as district,
				       round(avg(coalesce(c.approved_total, c.initial_total)), 2) as mean_total
				from evaluation_case c join evaluation_round r on r.id = c.round_id
				where coalesce(c.approved_total, c.initial_total) is not null and""" + SCOPE + """
				group by r.id, r.name, r.year, 3 order by r.year, r.id, 3""")
			.param("all", scope.all())
			.param("district", scope.districtParam())
			.query((rs, n) -> new Cell(rs.getLong("id"), rs.getString("name"),
					RoundFigures.districtName(rs.getString("district")), rs.getBigDecimal("mean_total")))
			.list();
		return pivot("district-trend", "各区县历次评估平均得分", "批次", cells, false, "每批次该区县（或市级登记）机构合计的平均分。");
	}

	FigureTable institutions(DashboardScope scope) {
		List<Cell> cells = this.jdbc.sql("""
				select r.id, r.name, c.institution_name, coalesce(c.approved_total, c.initial_total) as total
				from evaluation_case c join evaluation_round r on r.id = c.round_id
				where coalesce(c.approved_total, c.initial_total) is not null and""" + SCOPE + """
				order by r.year, r.id, c.institution_name""")
			.param("all", scope.all())
			.param("district", scope.districtParam())
			.query((rs, n) -> new Cell(rs.getLong("id"), rs.getString("name"), rs.getString("institution_name"),
					rs.getBigDecimal("total")))
			.list();
		return pivot("institution-trend", "各机构历次评估得分", "机构", cells, true, "每行一家机构，每列一个批次。");
	}

	/**
	 * Rows by round and a column per series, or (by row) a row per series and a column
	 * per round.
	 */
	private static FigureTable pivot(String id, String title, String firstColumn, List<Cell> cells, boolean byRow,
			String note) {
		Map<Long, String> rounds = new LinkedHashMap<>();
		Map<String, Map<Long, BigDecimal>> series = new LinkedHashMap<>();
		for (Cell cell : cells) {
			rounds.putIfAbsent(cell.roundId(), cell.roundName());
			series.computeIfAbsent(cell.series(), k -> new LinkedHashMap<>()).put(cell.roundId(), cell.value());
		}
		List<String> columns = new ArrayList<>();
		List<List<Object>> rows = new ArrayList<>();
		if (byRow) {
			columns.add(firstColumn);
			columns.addAll(rounds.values());
			series.forEach((name, values) -> {
				List<Object> row = new ArrayList<>();
				row.add(name);
				rounds.keySet().forEach(round -> row.add(values.get(round)));
				rows.add(row);
			});
		}
		else {
			columns.add("批次");
			columns.addAll(series.keySet());
			rounds.forEach((round, name) -> {
				List<Object> row = new ArrayList<>();
				row.add(name);
				series.values().forEach(values -> row.add(values.get(round)));
				rows.add(row);
			});
		}
		return new FigureTable(id, title, "line", byRow, columns, rows, note);
	}

}
