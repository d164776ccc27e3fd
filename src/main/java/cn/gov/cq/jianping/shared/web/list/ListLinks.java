package cn.gov.cq.jianping.shared.web.list;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list page that keep every filter of the current request: another page, a
 * sort by a column (toggling the direction on the current one), the export and the print
 * view of exactly the filtered rows.
 */
public final class ListLinks {

	private final ListRequest request;

	private ListLinks(ListRequest request) {
		this.request = request;
	}

	public static ListLinks of(ListRequest request) {
		return new ListLinks(request);
	}

	private static UriComponentsBuilder current() {
		return ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(null);
	}

	public String page(int page) {
		return current().replaceQueryParam("page", page).build().encode().toUriString();
	}

	public String sort(String key) {
		boolean descending = key.equals(this.request.sort()) && !this.request.descending();
		return current().replaceQueryParam("sort", key)
			.replaceQueryParam("dir", descending ? "desc" : "asc")
			.replaceQueryParam("page")
			.build()
			.encode()
			.toUriString();
	}

	/** The same filters at another path (the export), without paging. */
	public String at(String path) {
		return current().replacePath(path)
			.replaceQueryParam("page")
			.replaceQueryParam("size")
			.build()
			.encode()
			.toUriString();
	}

	/** The print view: every filtered row on one page. */
	public String print() {
		return current().replaceQueryParam("print", "true").replaceQueryParam("page").build().encode().toUriString();
	}

	/** The marker of the current sort column, for its header. */
	public String marker(String key) {
		if (!key.equals(this.request.sort())) {
			return "";
		}
		return this.request.descending() ? " ▼" : " ▲";
	}

}
