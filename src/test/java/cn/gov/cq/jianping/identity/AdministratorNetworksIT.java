package cn.gov.cq.jianping.identity;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.SecondStep;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' address allow-list: set by 安全管理员 on the settings page, enforced at
 * login and on every request of a signed-in administrator, and never for business roles.
 */
@IntegrationTest
class AdministratorNetworksIT {

	private static final String INSIDE = "10.9.3.4";

	private static final String OUTSIDE = "192.168.7.7";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	SecurityPolicy policy;

	@AfterEach
	void restore() {
		allow("");
		this.clock.reset();
	}

	private void allow(String list) {
		this.jdbc.update("update security_setting set admin_allowed_networks = ?", list);
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private MvcResult password(String username, String address) throws Exception {
		return this.mvc
			.perform(post("/login").with(csrf())
				.with(from(address))
				.param("username", username)
				.param("password", SecondStep.DEMO_PASSWORD))
			.andReturn();
	}

	private Cookie login(String username, String address) throws Exception {
		MvcResult result = password(username, address);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login/totp");
		Cookie session = result.getResponse().getCookie("SESSION");
		MvcResult done = this.mvc
			.perform(post("/login/totp").cookie(session)
				.with(csrf())
				.with(from(address))
				.param("code", SecondStep.code(this.jdbc, this.clock, username)))
			.andReturn();
		Cookie renewed = done.getResponse().getCookie("SESSION");
		return renewed != null ? renewed : session;
	}

	private MockHttpServletRequestBuilder save(String networks) {
		return post("/security/settings").with(csrf())
			.param("passwordExpiryDays", "0")
			.param("lockoutThreshold", "5")
			.param("lockoutMinutes", "15")
			.param("maxSessions", "1")
			.param("sessionLifetimeHours", "12")
			.param("captchaAfterFailures", "3")
			.param("adminAllowedNetworks", networks);
	}

	private String lastAudit(String action) {
		return this.jdbc.queryForObject(
				"select detail || '|' || coalesce(actor_role, '') || '|' || coalesce(client_address, '') || '|' || result "
						+ "from audit_entry where action = ? order by id desc limit 1",
				String.class, action);
	}

	@Test
	void theSecurityAdministratorSetsTheListAndTheChangeIsAudited() throws Exception {
		this.mvc.perform(save("10.9.0.0/16\n2001:db8::/32").with(Users.secadmin()).with(from(INSIDE)))
			.andExpect(redirectedUrl("/security/settings"));

		assertThat(this.policy.current().adminAllowedNetworks()).isEqualTo("10.9.0.0/16\n2001:db8::/32");
		assertThat(lastAudit("安全设置修改")).contains("管理员允许的地址范围：不限 → 10.9.0.0/16、2001:db8::/32");
		this.mvc.perform(get("/security/settings").with(Users.secadmin()).with(from(INSIDE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2001:db8::/32")))
			.andExpect(content().string(containsString("您当前的地址：" + INSIDE)));
	}

	@Test
	void anInvalidEntryIsRefusedBesideTheFieldAndNothingChanges() throws Exception {
		this.mvc.perform(save("10.9.0.0/16, intranet.example").with(Users.secadmin()).with(from(INSIDE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"adminAllowedNetworks-error\"")))
			.andExpect(content().string(containsString("“intranet.example”不是有效的 IPv4 或 IPv6 地址或地址段")));
		assertThat(this.policy.current().adminAllowedNetworks()).isEmpty();
	}

	@Test
	void aListThatExcludesTheSecurityAdministratorsOwnAddressIsRefused() throws Exception {
		this.mvc.perform(save("10.9.0.0/16").with(Users.secadmin()).with(from(OUTSIDE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("列表不包含您当前的地址 " + OUTSIDE)));
		assertThat(this.policy.current().adminAllowedNetworks()).isEmpty();
	}

	@Test
	void anAdministratorSignsInFromInsideTheList() throws Exception {
		allow("10.9.0.0/16");
		Cookie session = login("sysadmin", INSIDE);
		this.mvc.perform(get("/home/sysadmin").cookie(session).with(from(INSIDE))).andExpect(status().isOk());
	}

	@Test
	void anAdministratorFromOutsideGetsTheGenericFailureAndTheRefusalIsAudited() throws Exception {
		allow("10.9.0.0/16");
		MvcResult result = password("auditor", OUTSIDE);

		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(lastAudit("登录")).isEqualTo("不在允许的地址范围（" + OUTSIDE + "），拒绝登录|AUDITOR|" + OUTSIDE + "|失败");
		assertThat(this.jdbc.queryForObject(
				"select outcome from login_record where username = 'auditor' order by id desc limit 1", String.class))
			.isEqualTo(AdministratorNetworks.ADDRESS_REFUSED);
		// not half logged in either: the 动态口令 step and the home page stay closed
		Cookie session = result.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/home/auditor").cookie(session).with(from(OUTSIDE))).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aSessionWhoseRequestComesFromOutsideIsEnded() throws Exception {
		allow("10.9.0.0/16");
		Cookie session = login("secadmin", INSIDE);
		this.mvc.perform(get("/security/settings").cookie(session).with(from(OUTSIDE)))
			.andExpect(redirectedUrl(AdministratorAddressRules.ENDED_PATH));

		assertThat(lastAudit("会话结束")).startsWith("不在允许的地址范围（" + OUTSIDE + "），请求 /security/settings")
			.endsWith("|SECADMIN|" + OUTSIDE + "|失败");
		// ended for good, even back inside
		this.mvc.perform(get("/security/settings").cookie(session).with(from(INSIDE)))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login").param("address", ""))
			.andExpect(content().string(containsString("您当前的网络地址不在管理员允许的范围内")));
	}

	@Test
	void anEmptyListAllowsAdministratorsFromAnywhere() throws Exception {
		Cookie session = login("sysadmin", OUTSIDE);
		this.mvc.perform(get("/home/sysadmin").cookie(session).with(from(OUTSIDE))).andExpect(status().isOk());
	}

	@Test
	void businessRolesAreNotBoundByTheList() throws Exception {
		allow("10.9.0.0/16");
		MvcResult result = password("expert3", OUTSIDE);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/home/expert");
		this.mvc.perform(get("/home/expert").cookie(result.getResponse().getCookie("SESSION")).with(from(OUTSIDE)))
			.andExpect(status().isOk());
	}

}
