package cn.gov.cq.jianping.shared.web.list;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The registry list's district filter offers a district office its own district only, and
 * the bureau every district and 市级.
 */
@IntegrationTest
class RegistryFilterScopeTests {

	private static final Pattern SELECT = Pattern.compile("<select id=\"district\".*?</select>", Pattern.DOTALL);

	private static final Pattern VALUE = Pattern.compile("<option value=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	private List<String> districtOptions(RequestPostProcessor user) throws Exception {
		String html = this.mvc.perform(get("/institutions").with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher select = SELECT.matcher(html);
		assertThat(select.find()).isTrue();
		return VALUE.matcher(select.group()).results().map(m -> m.group(1)).toList();
	}

	@Test
	void theDistrictSeesOnlyItsOwnDistrictInTheFilter() throws Exception {
		assertThat(districtOptions(Users.district("500112"))).containsExactly("", "500112");
	}

	@Test
	void theBureauSeesEveryDistrictAndTheCityInTheFilter() throws Exception {
		assertThat(districtOptions(Users.bureau())).contains("", "CITY", "500112", "500101").hasSizeGreaterThan(30);
	}

}
