package cn.gov.cq.jianping.shared.web.list;

import java.util.Map;
import java.util.Set;

/**
 * What a list page was asked for: the query text, the sort column and direction, the page
 * and its size, each clamped to what the list allows so no input can break the SQL (the
 * column is chosen from a fixed map, never taken from the request).
 */
public record ListRequest(String q, String sort, boolean descending, int page, int size) {

	public static final Set<Integer> PAGE_SIZES = Set.of(10, 20, 50, 100);

	public ListRequest {
		q = q == null ? "" : q.strip();
		if (q.length() > 100) {
			q = q.substring(0, 100);
		}
		page = Math.max(page, 1);
		size = PAGE_SIZES.contains(size) ? size : 20;
	}

	/** From request parameters; an unknown sort key falls back to the default. */
	public static ListRequest of(String q, String sort, String dir, Integer page, Integer size,
			Map<String, String> sortable, String defaultSort) {
		String key = sort != null && sortable.containsKey(sort) ? sort : defaultSort;
		return new ListRequest(q, key, "desc".equalsIgnoreCase(dir), page == null ? 1 : page, size == null ? 20 : size);
	}

	/** The SQL {@code order by} expression of the chosen key, from the list's own map. */
	public String orderBy(Map<String, String> sortable) {
		return sortable.get(this.sort) + (this.descending ? " desc" : " asc");
	}

	/** A {@code like} pattern for the query text, wildcards in it escaped. */
	public String likePattern() {
		return "%" + this.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	public int offset() {
		return (this.page - 1) * this.size;
	}

}
