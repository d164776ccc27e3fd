package cn.gov.cq.jianping.shared.web.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a staff list with what the shared list fragment
 * ({@code fragments/list.html}) needs around it: the filters as dropdowns (only the
 * choices within the user's scope), the counts per stage (or other grouping) under the
 * same filters, and links for paging, sorting, export and print.
 *
 * @param rows the rows of this page
 * @param total all rows matching the query
 * @param query what was asked
 * @param path the list's URL, for links
 * @param filters the dropdowns
 * @param counts rows per group under the query's other filters
 * @param countFilter the filter a count sets when clicked
 * @param <T> a row
 */
public record ListPage<T>(List<T> rows, long total, PageQuery query, String path, List<Filter> filters,
		List<Count> counts, String countFilter) {

	/** A dropdown choice. */
	public record Option(String value, String label) {
	}

	/**
	 * A dropdown: its parameter name, its label and its choices ("全部" is added by the
	 * page).
	 */
	public record Filter(String name, String label, List<Option> options) {

		/** A dropdown of labelled values (value to label, in display order). */
		public static Filter of(String name, String label, Map<String, String> labels) {
			return new Filter(name, label,
					labels.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList());
		}

		/** A dropdown of years, the newest first. */
		public static Filter years(String name, String label, int newest, int oldest) {
			List<Option> years = new ArrayList<>();
			for (int year = newest; year >= oldest; year--) {
				years.add(new Option(String.valueOf(year), year + " 年"));
			}
			return new Filter(name, label, years);
		}

	}

	/** How many rows a group holds. */
	public record Count(String value, String label, long count) {
	}

	/**
	 * An enum's constants as dropdown or count labels: the constant's name as the value,
	 * in declaration order.
	 */
	public static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (E value : values) {
			labels.put(value.name(), label.apply(value));
		}
		return labels;
	}

	public int pages() {
		return (int) Math.max(1, (this.total + this.query.size() - 1) / this.query.size());
	}

	public int pageNumber() {
		return this.query.page() + 1;
	}

	public boolean hasPrevious() {
		return this.query.page() > 0;
	}

	public boolean hasNext() {
		return this.query.page() + 1 < pages();
	}

	public long firstRow() {
		return this.total == 0 ? 0 : this.query.offset() + 1;
	}

	public long lastRow() {
		return this.query.offset() + this.rows.size();
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	public String pageHref(int zeroBasedPage) {
		return this.query.withPage(zeroBasedPage).href(this.path);
	}

	public String sortHref(String key) {
		return this.query.sortedBy(key).href(this.path);
	}

	/** The arrow beside a sortable column header. */
	public String sortMark(String key) {
		return key.equals(this.query.sort()) ? (this.query.descending() ? "↓" : "↑") : "";
	}

	public String countHref(String value) {
		return this.query.withFilter(this.countFilter, value).href(this.path);
	}

	/** The same filtered rows at another URL (an export or the print view). */
	public String hrefAt(String otherPath) {
		return this.query.withPage(0).href(otherPath);
	}

	/** The rows in all groups, whatever the group filter. */
	public long getCountTotal() {
		return this.counts.stream().mapToLong(Count::count).sum();
	}

	public String filter(String name) {
		return this.query.filter(name);
	}

}
