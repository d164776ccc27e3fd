package cn.gov.cq.jianping.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One figure of a dashboard: the data table that the chart above it is drawn from and
 * that the export writes. The first column names the categories; {@code seriesByRow} says
 * whether the other columns (false) or the rows (true) are the chart's series.
 */
public record FigureTable(String id, String title, String chartType, boolean seriesByRow, List<String> columns,
		List<List<Object>> rows, String note) {

	public FigureTable {
		columns = List.copyOf(columns);
		rows = rows.stream().map(row -> Collections.unmodifiableList(new ArrayList<>(row))).toList();
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
