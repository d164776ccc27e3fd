package cn.gov.cq.jianping.identity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.SecondStep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 动态口令 by choice for a role that does not require it: set up from the account menu, then
 * asked at login; switched off only with a current code or an unused recovery code; never
 * for a role that requires it.
 */
@IntegrationTest
class OptionalSecondFactorIT {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)</code>");

	private static final Pattern RECOVERY_CODE = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	private Cookie passwordOnly(String username) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(SecondStep.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/home/expert"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private String code(String username, String secret) {
		this.jdbc.update("update user_account set totp_last_step = null where username = ?", username);
		return Totp.codeAt(secret, this.clock.instant());
	}

	private long audited(String action, String username) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = ? and target_id = ? and actor = ? and actor_role = 'EXPERT'",
				Long.class, action, username, username);
	}

	@Test
	void anExpertSetsUpTheCodeIsAskedForItAtLoginAndSwitchesItOffWithACurrentCode() throws Exception {
		this.accounts
			.create(new Accounts.NewAccount("optotp1", SecondStep.DEMO_PASSWORD, "自选动态口令", Role.EXPERT, null, null));
		Cookie session = passwordOnly("optotp1");
		String page = this.mvc.perform(get("/home/expert").cookie(session))
			.andExpect(content().string(containsString("href=\"/account/two-factor\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).isNotEmpty();
		String html = this.mvc.perform(get("/account/two-factor").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未启用")))
			.andExpect(content().string(containsString("id=\"totp-qr\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher matcher = SECRET.matcher(html);
		assertThat(matcher.find()).isTrue();
		String secret = matcher.group(1);

		this.mvc.perform(post("/account/two-factor/enrol").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("动态口令不正确")));
		this.mvc.perform(
				post("/account/two-factor/enrol").cookie(session).with(csrf()).param("code", code("optotp1", secret)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recovery-codes\"")));
		assertThat(audited("启用动态口令", "optotp1")).isOne();

		// the next login asks for the code, and the home stays closed without it
		var login = this.mvc.perform(formLogin("/login").user("optotp1").password(SecondStep.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login/totp"))
			.andReturn();
		Cookie pending = login.getResponse().getCookie("SESSION");
		this.mvc.perform(get("/home/expert").cookie(pending)).andExpect(redirectedUrl("/login/totp"));
		var done = this.mvc
			.perform(post("/login/totp").cookie(pending).with(csrf()).param("code", code("optotp1", secret)))
			.andExpect(redirectedUrl("/home/expert"))
			.andReturn();
		Cookie second = done.getResponse().getCookie("SESSION") != null ? done.getResponse().getCookie("SESSION")
				: pending;

		this.mvc.perform(post("/account/two-factor/disable").cookie(second).with(csrf()).param("code", "123"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"code-error\"")));
		assertThat(this.jdbc.queryForObject(
				"select totp_secret is not null from user_account where username = 'optotp1'", Boolean.class))
			.isTrue();
		this.mvc.perform(
				post("/account/two-factor/disable").cookie(second).with(csrf()).param("code", code("optotp1", secret)))
			.andExpect(redirectedUrl("/account/two-factor"));
		assertThat(audited("停用动态口令", "optotp1")).isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from totp_recovery_code c join user_account a on a.id = c.account_id where a.username = 'optotp1'",
				Long.class))
			.isZero();
		passwordOnly("optotp1");
	}

	@Test
	void aUserWhoLostThePhoneSwitchesItOffWithAnUnusedRecoveryCodeButNotWithAUsedOne() throws Exception {
		this.accounts
			.create(new Accounts.NewAccount("optotp2", SecondStep.DEMO_PASSWORD, "丢失手机", Role.EXPERT, null, null));
		Cookie enrolling = passwordOnly("optotp2");
		Matcher secret = SECRET.matcher(this.mvc.perform(get("/account/two-factor").cookie(enrolling))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(secret.find()).isTrue();
		String codesPage = this.mvc
			.perform(post("/account/two-factor/enrol").cookie(enrolling)
				.with(csrf())
				.param("code", code("optotp2", secret.group(1))))
			.andExpect(content().string(containsString("id=\"recovery-codes\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher recovery = RECOVERY_CODE.matcher(codesPage);
		assertThat(recovery.find()).isTrue();
		String first = recovery.group(1);
		assertThat(recovery.find()).isTrue();
		String second = recovery.group(1);

		// the phone is gone: the first recovery code opens the login
		Cookie pending = this.mvc.perform(formLogin("/login").user("optotp2").password(SecondStep.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/login/totp"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		var done = this.mvc.perform(post("/login/totp").cookie(pending).with(csrf()).param("code", first))
			.andReturn()
			.getResponse();
		assertThat(done.getRedirectedUrl()).isNotNull().doesNotContain("/login");
		Cookie session = done.getCookie("SESSION") != null ? done.getCookie("SESSION") : pending;

		// a used recovery code or a made-up one does not switch it off
		for (String wrong : new String[] { first, "aaaaa-aaaaa" }) {
			this.mvc.perform(post("/account/two-factor/disable").cookie(session).with(csrf()).param("code", wrong))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("动态口令或恢复码不正确")));
		}
		assertThat(this.jdbc.queryForObject(
				"select totp_secret is not null from user_account where username = 'optotp2'", Boolean.class))
			.isTrue();
		assertThat(audited("停用动态口令", "optotp2")).isZero();

		this.mvc.perform(post("/account/two-factor/disable").cookie(session).with(csrf()).param("code", second))
			.andExpect(redirectedUrl("/account/two-factor"));
		assertThat(audited("停用动态口令", "optotp2")).isOne();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from totp_recovery_code c join user_account a on a.id = c.account_id where a.username = 'optotp2'",
				Long.class))
			.isZero();
		passwordOnly("optotp2");
	}

	@Test
	void aRoleThatRequiresTheCodeCannotSwitchItOff() throws Exception {
		Cookie session = SecondStep.login(this.mvc, this.jdbc, this.clock, "center");
		this.mvc.perform(get("/account/two-factor").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的角色必须使用动态口令，不能停用")))
			.andExpect(content().string(not(containsString("id=\"totp-disable-form\""))));
		this.mvc
			.perform(post("/account/two-factor/disable").cookie(session)
				.with(csrf())
				.param("code", SecondStep.code(this.jdbc, this.clock, "center")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("您的角色必须使用动态口令，不能停用")));
		assertThat(this.jdbc.queryForObject(
				"select totp_secret is not null from user_account where username = 'center'", Boolean.class))
			.isTrue();
	}

	@Test
	void strangersReachNothing() throws Exception {
		this.mvc.perform(get("/account/two-factor")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/account/two-factor/disable").with(csrf()).param("code", "123456"))
			.andExpect(redirectedUrl("/login"));
	}

}
