package cn.gov.cq.jianping.shared.web.list;

import java.util.List;

/**
 * One page of a list with what the pager needs.
 */
public record ListPage<T>(List<T> rows, int page, int size, long total) {

	public int pages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < pages();
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

}
