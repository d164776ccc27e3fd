package cn.gov.cq.jianping.shared.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a fixed dropdown (the 41 districts, the types, the
 * grades), written once per selected value and kept. A page that lists many options with
 * {@code th:each} evaluates three expressions per option on every request; on the public
 * lookup page those were the larger part of the rendering CPU. Values and labels are
 * HTML-escaped here, so the template inserts the result with {@code th:utext}.
 */
public final class SelectOptions {

	/** One choice: the submitted value and the label shown. */
	public record Choice(String value, String label) {
	}

	private final List<Choice> choices;

	/** By selected value; only the choices' own values (and none) are ever keys. */
	private final Map<String, String> rendered = new ConcurrentHashMap<>();

	private SelectOptions(List<Choice> choices) {
		this.choices = List.copyOf(choices);
	}

	public static SelectOptions of(List<Choice> choices) {
		return new SelectOptions(choices);
	}

	/**
	 * The options with {@code selected} marked; a value that is not one of the choices
	 * marks none.
	 */
	public String html(String selected) {
		String key = selected != null && this.choices.stream().anyMatch(c -> c.value().equals(selected)) ? selected
				: "";
		return this.rendered.computeIfAbsent(key, this::render);
	}

	private String render(String selected) {
		StringBuilder html = new StringBuilder();
		for (Choice choice : this.choices) {
			html.append("<option value=\"")
				.append(HtmlUtils.htmlEscape(choice.value()))
				.append('"')
				.append(choice.value().equals(selected) ? " selected=\"selected\"" : "")
				.append('>')
				.append(HtmlUtils.htmlEscape(choice.label()))
				.append("</option>");
		}
		return html.toString();
	}

}
