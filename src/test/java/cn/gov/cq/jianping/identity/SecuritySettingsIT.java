package cn.gov.cq.jianping.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** 安全管理员's settings page: only they may use it, every change is audited. */
@IntegrationTest
class SecuritySettingsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SecurityPolicy policy;

	@AfterEach
	void restore() {
		this.jdbc.update("update security_setting set password_expiry_days = 0, lockout_threshold = 5, "
				+ "lockout_minutes = 15, mfa_roles = 'BUREAU,CENTER,SYSADMIN,SECADMIN,AUDITOR', max_sessions = 1, "
				+ "session_lifetime_hours = 12, captcha_after_failures = 3");
	}

	private MockHttpServletRequestBuilder save(String expiry, String threshold) {
		return save(expiry, threshold, "2");
	}

	private MockHttpServletRequestBuilder save(String expiry, String threshold, String captchaAfter) {
		return post("/security/settings").with(csrf())
			.param("captchaAfterFailures", captchaAfter)
			.param("passwordExpiryDays", expiry)
			.param("lockoutThreshold", threshold)
			.param("lockoutMinutes", "30")
			.param("mfaRoles", "DISTRICT")
			.param("maxSessions", "2")
			.param("sessionLifetimeHours", "8");
	}

	@Test
	void theSecurityAdministratorChangesTheSettingsAndTheChangeIsAudited() throws Exception {
		this.mvc.perform(get("/security/settings").with(Users.secadmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("须使用动态口令的角色")));
		this.mvc.perform(save("90", "6").with(Users.secadmin())).andExpect(redirectedUrl("/security/settings"));

		SecurityPolicy.Settings now = this.policy.current();
		assertThat(now.passwordExpiryDays()).isEqualTo(90);
		assertThat(now.lockoutThreshold()).isEqualTo(6);
		assertThat(now.maxSessions()).isEqualTo(2);
		assertThat(now.sessionLifetimeHours()).isEqualTo(8);
		assertThat(now.captchaAfterFailures()).isEqualTo(2);
		// the mandatory roles stay although the form did not send them
		assertThat(now.mfaRoles()).contains(Role.DISTRICT, Role.BUREAU, Role.CENTER, Role.SYSADMIN, Role.SECADMIN,
				Role.AUDITOR);
		String detail = this.jdbc.queryForObject(
				"select detail from audit_entry where action = '安全设置修改' order by id desc limit 1", String.class);
		assertThat(detail).contains("密码有效期（天）：0 → 90")
			.contains("锁定阈值（次）：5 → 6")
			.contains("区县人社部门")
			.contains("几次失败后须验证码：3 → 2");
	}

	@Test
	void badValuesAreRefusedBesideTheFieldAndNothingChanges() throws Exception {
		this.mvc.perform(save("-1", "1").with(Users.secadmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写 0 到 3650 之间的整数")))
			.andExpect(content().string(containsString("请填写 3 到 20 之间的整数")));
		assertThat(this.policy.current().passwordExpiryDays()).isZero();
		assertThat(this.policy.current().lockoutThreshold()).isEqualTo(5);
		this.mvc.perform(save("abc", "5").with(Users.secadmin())).andExpect(status().isOk());
		assertThat(this.policy.current().maxSessions()).isEqualTo(1);
	}

	@Test
	void theChallengeMustComeBeforeTheLockout() throws Exception {
		this.mvc.perform(save("0", "5", "5").with(Users.secadmin()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "captchaAfterFailures"))
			.andExpect(content().string(containsString("须小于锁定账号的错误次数")));
		this.mvc.perform(save("0", "5", "0").with(Users.secadmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写 1 到 19 之间的整数")));
		assertThat(this.policy.current().captchaAfterFailures()).isEqualTo(3);
		this.mvc.perform(save("0", "5", "4").with(Users.secadmin())).andExpect(redirectedUrl("/security/settings"));
		assertThat(this.policy.current().captchaAfterFailures()).isEqualTo(4);
	}

	@Test
	void nobodyElseMayReadOrChangeTheSettings() throws Exception {
		this.mvc.perform(get("/security/settings").with(Users.sysadmin())).andExpect(status().isForbidden());
		this.mvc.perform(get("/security/settings").with(Users.auditor())).andExpect(status().isForbidden());
		this.mvc.perform(get("/security/settings").with(Users.bureau())).andExpect(status().isForbidden());
		this.mvc.perform(save("90", "6").with(Users.sysadmin())).andExpect(status().isForbidden());
		this.mvc.perform(get("/security/settings")).andExpect(redirectedUrl("/login"));
		assertThat(this.policy.current().passwordExpiryDays()).isZero();
	}

}
