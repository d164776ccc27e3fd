package cn.gov.cq.jianping.messaging;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 通知公告: the bureau and the center publish to chosen roles and districts; only the
 * addressees receive and read a notice; other roles cannot publish.
 */
@IntegrationTest
class NoticeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long publishedByBureau(String title, String role, String district) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/notices").with(csrf())
				.with(Users.as(Users.named("bureau", "市人社局", Role.BUREAU, null, null)))
				.param("title", title)
				.param("body", "请各单位按时完成评估工作。")
				.param("roles", role)
				.param("districts", district))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/notices/", ""));
	}

	private long received(String username, long noticeId) {
		return this.jdbc.sql("select count(*) from inbox_message where recipient = :u and dedupe_key = :k")
			.param("u", username)
			.param("k", "notice:" + noticeId)
			.query(Long.class)
			.single();
	}

	@Test
	void aNoticeToOneDistrictReachesThatDistrictOnly() throws Exception {
		long inYubei = publishedByBureau("渝北区评估工作安排", "DISTRICT", "500112");
		long elsewhere = publishedByBureau("万州区评估工作安排", "DISTRICT", "500101");
		assertThat(received("district", inYubei)).isEqualTo(1);
		assertThat(received("district", elsewhere)).isZero();
		assertThat(received("institution", inYubei)).isZero();
		this.mvc.perform(get("/notices/{id}", inYubei).with(Users.as(Users.districtUser("500112"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("渝北区评估工作安排")));
		this.mvc.perform(get("/notices/{id}", elsewhere).with(Users.as(Users.districtUser("500112"))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNoticeToInstitutionsReachesEveryInstitutionAndNoExpert() throws Exception {
		long id = publishedByBureau("机构自评提醒", "INSTITUTION", "");
		assertThat(received("institution", id)).isEqualTo(1);
		assertThat(received("institution2", id)).isEqualTo(1);
		assertThat(received("expert1", id)).isZero();
		this.mvc.perform(get("/notices/{id}", id).with(Users.as(Users.expertNamed("expert1"))))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from audit_entry where action = '发布通知公告' and target_id = :id")
			.param("id", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyTheBureauAndTheCenterMayPublish() throws Exception {
		this.mvc
			.perform(post("/notices").with(csrf())
				.with(Users.as(Users.districtUser("500112")))
				.param("title", "区县发布")
				.param("body", "正文")
				.param("roles", "INSTITUTION"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/notices/new").with(Users.as(Users.institutionUser(1))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/notices/new").with(Users.center())).andExpect(status().isOk());
	}

	@Test
	void aNoticeWithoutTitleOrAudienceIsRefusedBesideTheFieldsKeepingTheInput() throws Exception {
		this.mvc.perform(post("/notices").with(csrf()).with(Users.bureau()).param("title", " ").param("body", "保留的正文"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写标题")))
			.andExpect(content().string(containsString("请至少选择一类发送对象")))
			.andExpect(content().string(containsString("保留的正文")));
	}

}
