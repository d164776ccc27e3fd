package cn.gov.cq.jianping.shared.web.list;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a staff list was asked for: free text ({@code q}), filters by name, the page, its
 * size and the sort. Built from request parameters with only the filters and sort keys
 * the list knows, so nothing a user types reaches SQL except as a bound value.
 *
 * @param text free text, or null
 * @param filters the chosen filters by name (blank ones left out)
 * @param page zero-based page
 * @param size rows per page
 * @param sort a sort key the list declared
 * @param descending whether the sort runs downwards
 */
public record PageQuery(String text, Map<String, String> filters, int page, int size, String sort, boolean descending) {

	/** Rows per page unless asked otherwise. */
	public static final int DEFAULT_SIZE = 50;

	/** The largest page a user may ask for. */
	public static final int MAX_SIZE = 200;

	public PageQuery {
		filters = Map.copyOf(filters);
		page = Math.max(page, 0);
		size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	/**
	 * Reads the query from request parameters: {@code q}, the named filters,
	 * {@code page}, {@code size}, {@code sort} (one of sortKeys, else the default) and
	 * {@code dir} ({@code asc}/{@code desc}).
	 */
	public static PageQuery of(Map<String, String> params, List<String> filterNames, List<String> sortKeys,
			String defaultSort, boolean defaultDescending) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (String name : filterNames) {
			String value = params.get(name);
			if (value != null && !value.isBlank()) {
				filters.put(name, value.trim());
			}
		}
		String text = params.get("q");
		text = text == null || text.isBlank() ? null : text.trim();
		// List.copyOf/List.of refuse contains(null): an absent sort is checked first.
		String requested = params.get("sort");
		String sort = requested != null && sortKeys.contains(requested) ? requested : defaultSort;
		String dir = params.get("dir");
		boolean descending = dir == null ? defaultDescending : "desc".equals(dir);
		return new PageQuery(text, filters, number(params.get("page"), 1) - 1, number(params.get("size"), DEFAULT_SIZE),
				sort, descending);
	}

	private static int number(String value, int fallback) {
		if (value == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/** A filter's value, or null when not chosen. */
	public String filter(String name) {
		return this.filters.get(name);
	}

	/** A filter read as a number; null when absent or not a number. */
	public Long longFilter(String name) {
		String value = filter(name);
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A filter read as one of an enum's constants; null when absent or unknown. */
	public <E extends Enum<E>> E enumFilter(String name, Class<E> type) {
		String value = filter(name);
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		return null;
	}

	/** The text as a SQL {@code like} pattern with its wildcards escaped, or null. */
	public String likePattern() {
		if (this.text == null) {
			return null;
		}
		return "%" + this.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public PageQuery withPage(int newPage) {
		return new PageQuery(this.text, this.filters, newPage, this.size, this.sort, this.descending);
	}

	/**
	 * The same query with one filter set (or removed when value is null), back on page 1.
	 */
	public PageQuery withFilter(String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(this.filters);
		if (value == null) {
			changed.remove(name);
		}
		else {
			changed.put(name, value);
		}
		return new PageQuery(this.text, changed, 0, this.size, this.sort, this.descending);
	}

	/** Sorted by key; asking again for the current key turns the direction round. */
	public PageQuery sortedBy(String key) {
		boolean desc = key.equals(this.sort) && !this.descending;
		return new PageQuery(this.text, this.filters, 0, this.size, key, desc);
	}

	/**
	 * The link to this query at path (which may carry parameters of its own, e.g.
	 * {@code ?print=true}).
	 */
	public String href(String path) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(path);
		if (this.text != null) {
			uri.queryParam("q", this.text);
		}
		this.filters.forEach(uri::queryParam);
		if (this.page > 0) {
			uri.queryParam("page", this.page + 1);
		}
		if (this.size != DEFAULT_SIZE) {
			uri.queryParam("size", this.size);
		}
		uri.queryParam("sort", this.sort);
		uri.queryParam("dir", this.descending ? "desc" : "asc");
		return uri.encode().build().toUriString();
	}

}
