package cn.gov.cq.jianping.system.web;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.SecondStep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 14's small things, on the demo data: the role label once in the header; the
 * rubric page tells which standard the running round uses.
 */
@IntegrationTest
class SmallFixesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theHeaderShowsTheRoleLabelOnce() throws Exception {
		String home = page("expert1", "/home/expert");
		assertThat(home).contains("王建国（评估专家）").doesNotContain("（评估专家）（评估专家）");
		assertThat(page("center", "/home/center")).contains("市职业技能鉴定指导中心（鉴定指导中心）");
	}

	@Test
	void theRubricPageSaysBothStandardsAreInUseWhileTheDemoRoundRuns() throws Exception {
		String rubrics = page("center", "/rubrics");
		assertThat(rubrics).contains("id=\"rubric-usage-appraisal-1\">使用中（评估批次进行中，不可修改）")
			.contains("id=\"rubric-usage-level-1\">使用中（评估批次进行中，不可修改）")
			.doesNotContain(">未使用<");
	}

	private String page(String username, String path) throws Exception {
		Cookie session = SecondStep.login(this.mvc, this.jdbc, this.clock, username);
		return this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
