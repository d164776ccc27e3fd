package cn.gov.cq.jianping.shared.web.list;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.ui.Model;

/**
 * Puts a list page into the model the way {@code fragments/list.html} reads it: the page
 * as {@code list}, its rows (or, in the print view, every filtered row) under the name
 * the template uses, and {@code print}.
 */
public final class ListModel {

	private ListModel() {
	}

	/** Whether the request asks for the print view ({@code print=true}). */
	public static boolean print(Map<String, String> params) {
		return "true".equals(params.get("print"));
	}

	public static <T> void put(Model model, ListPage<T> page, Supplier<List<T>> all, boolean print, String rowsName) {
		model.addAttribute("list", page);
		model.addAttribute(rowsName, print ? all.get() : page.rows());
		model.addAttribute("print", print);
	}

}
