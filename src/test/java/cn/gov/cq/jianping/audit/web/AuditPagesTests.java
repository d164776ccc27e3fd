package cn.gov.cq.jianping.audit.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.LoginCaptcha;
import cn.gov.cq.jianping.support.SecondStep;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The auditor's pages (and only the auditor's), and what ends up in the trail: logins,
 * failures, lockouts, logouts, account creation, exports and personal-data views, each
 * with role, client address and result.
 */
@IntegrationTest
class AuditPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	SessionRepository<? extends Session> sessions;

	private Map<String, Object> latest(String action) {
		return this.jdbc.queryForMap("select * from audit_entry where action = ? order by chain_seq desc limit 1",
				action);
	}

	@Test
	void onlyTheAuditorReadsAndExportsTheRecords() throws Exception {
		for (RequestPostProcessor other : List.of(Users.sysadmin(), Users.secadmin(), Users.bureau(), Users.center())) {
			for (String page : List.of("/audit", "/audit/logins", "/audit/export.xlsx")) {
				assertThat(this.mvc.perform(get(page).with(other)).andReturn().getResponse().getStatus()).as(page)
					.isEqualTo(403);
			}
			this.mvc.perform(post("/audit/verify").with(other).with(csrf())).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/audit")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/audit").with(Users.auditor()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("审计记录"), containsString("客户端地址"), containsString("结果"))));
		this.mvc.perform(get("/audit/logins").with(Users.auditor()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录记录")));
	}

	@Test
	void theAuditorFiltersByActorActionAndResultAndBadInputIsShownBesideTheField() throws Exception {
		this.mvc.perform(formLogin("/login").user("center").password("wrong-password"));
		this.mvc
			.perform(get("/audit").with(Users.auditor())
				.param("actor", "center")
				.param("action", "登录")
				.param("result", "失败")
				.param("from", "2000-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("用户名或密码错误"), containsString("鉴定指导中心"))));
		this.mvc.perform(get("/audit").with(Users.auditor()).param("from", "2026-13-01").param("to", "x"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("filter", "from", "to"))
			.andExpect(content().string(containsString("日期格式不正确")));
		this.mvc.perform(get("/audit").with(Users.auditor()).param("from", "2026-05-02").param("to", "2026-05-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		this.mvc.perform(get("/audit/logins").with(Users.auditor()).param("outcome", "HACKED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择列表中的结果")));
	}

	@Test
	void theExportIsAWorkbookAndIsItselfAudited() throws Exception {
		this.mvc.perform(get("/audit/export.xlsx").with(Users.auditor()).param("result", "成功"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					containsString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
		Map<String, Object> export = latest("导出审计记录");
		assertThat(export.get("actor_role")).isEqualTo("AUDITOR");
		assertThat(export.get("detail")).asString().contains("/audit/export.xlsx");
		assertThat(export.get("client_address")).isEqualTo("127.0.0.1");
	}

	@Test
	void theAuditorChecksTheChainOnDemand() throws Exception {
		var result = this.mvc.perform(post("/audit/verify").with(Users.auditor()).with(csrf()))
			.andExpect(redirectedUrl("/audit"))
			.andReturn();
		this.mvc.perform(get("/audit").with(Users.auditor()).cookie(result.getResponse().getCookies()))
			.andExpect(content().string(containsString("审计记录完整")));
	}

	@Test
	void loginsFailuresLockoutsAndLogoutsAreInTheTrail() throws Exception {
		this.mvc
			.perform(post("/admin/accounts").with(Users.sysadmin())
				.with(csrf())
				.param("username", "audited1")
				.param("displayName", "审计测试")
				.param("role", "EXPERT"))
			.andExpect(status().isOk());
		Map<String, Object> created = latest("创建账号");
		assertThat(created.get("target_id")).isEqualTo("audited1");
		assertThat(created.get("actor_role")).isEqualTo("SYSADMIN");
		assertThat(created.get("detail")).asString().contains("评估专家");

		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin("/login").user("audited1").password("Wrong#2026"));
		}
		// from the fourth try on, the 验证码 comes first
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "audited1", "Wrong#2026"));
		}
		Map<String, Object> lockout = latest("账号锁定");
		assertThat(lockout.get("actor")).isEqualTo("audited1");
		assertThat(lockout.get("actor_role")).isEqualTo("EXPERT");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = '登录' and actor = 'audited1' and result = '失败'",
				Long.class))
			.isEqualTo(5);

		// the auditor's login completes with the 动态口令 step
		Cookie login = SecondStep.login(this.mvc, this.jdbc, this.clock, "auditor");
		Map<String, Object> success = latest("登录");
		assertThat(success.get("actor")).isEqualTo("auditor");
		assertThat(success.get("result")).isEqualTo("成功");
		assertThat(success.get("client_address")).isEqualTo("127.0.0.1");
		this.mvc.perform(post("/logout").with(csrf()).cookie(login));
		assertThat(latest("退出登录").get("actor")).isEqualTo("auditor");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from login_record where username = 'auditor' and outcome = 'LOGOUT'", Long.class))
			.isPositive();
	}

	@Test
	void staffDownloadsAndPersonalDataViewsAreRecordedButPublicPagesAreNot() throws Exception {
		this.mvc.perform(get("/institutions/export.xlsx").with(Users.center())).andExpect(status().isOk());
		Map<String, Object> export = latest("导出数据");
		assertThat(export.get("detail")).asString().contains("/institutions/export.xlsx");
		assertThat(export.get("actor_role")).isEqualTo("CENTER");

		long institution = this.jdbc.queryForObject("select min(id) from institution", Long.class);
		this.mvc.perform(get("/institutions/" + institution).with(Users.center())).andExpect(status().isOk());
		assertThat(latest("查看个人信息").get("target_id")).isEqualTo(String.valueOf(institution));

		long before = this.jdbc.queryForObject("select count(*) from audit_entry", Long.class);
		this.mvc.perform(get("/public/institutions"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before);
	}

}
