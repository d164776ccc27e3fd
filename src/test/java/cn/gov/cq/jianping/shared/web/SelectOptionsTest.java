package cn.gov.cq.jianping.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options written once per selected value: the chosen one marked, nothing marked for
 * a value outside the choices, values and labels escaped, the same text served again.
 */
class SelectOptionsTest {

	private final SelectOptions options = SelectOptions.of(List.of(new SelectOptions.Choice("CITY", "市级"),
			new SelectOptions.Choice("500112", "渝北区"), new SelectOptions.Choice("a\"<b>", "<script>&")));

	@Test
	void theSelectedValueIsMarkedAndNoOther() {
		String html = this.options.html("500112");
		assertThat(html).contains("<option value=\"500112\" selected=\"selected\">渝北区</option>")
			.contains("<option value=\"CITY\">市级</option>");
		assertThat(html.split("selected=", -1)).hasSize(2);
	}

	@Test
	void aValueOutsideTheChoicesOrNoneMarksNothing() {
		assertThat(this.options.html("999999")).doesNotContain("selected");
		assertThat(this.options.html(null)).doesNotContain("selected");
		assertThat(this.options.html("\" selected onmouseover=\"x")).doesNotContain("selected")
			.doesNotContain("onmouseover");
	}

	@Test
	void valuesAndLabelsAreEscaped() {
		String html = this.options.html(null);
		assertThat(html).contains("value=\"a&quot;&lt;b&gt;\"").contains(">&lt;script&gt;&amp;</option>");
		assertThat(html).doesNotContain("<script>");
	}

	@Test
	void theSameSelectionIsWrittenOnce() {
		assertThat(this.options.html("CITY")).isSameAs(this.options.html("CITY"));
		assertThat(this.options.html("unknown")).isSameAs(this.options.html(null));
	}

}
