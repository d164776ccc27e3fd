package cn.gov.cq.jianping.identity;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.LoginCaptcha;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.SecondStep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 动态口令 as the second login step: after the password the user is not yet logged in; a
 * right code logs in with a new session id, a wrong one counts toward the lockout.
 */
@IntegrationTest
class SecondFactorLoginIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@Autowired
	LoginRecords loginRecords;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@AfterEach
	void resetClock() {
		this.clock.reset();
		this.jdbc.update("update user_account set failed_attempts = 0, locked_until = null where username = 'center'");
		this.jdbc.update("delete from login_failure where username = 'center'");
	}

	private Cookie password(String username, String password, String expectedRedirect) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(password))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl(expectedRedirect))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	@Test
	void afterThePasswordEveryPageLeadsBackToTheCodeStep() throws Exception {
		Cookie session = password("bureau", SecondStep.DEMO_PASSWORD, "/login/totp");
		this.mvc.perform(get("/home/bureau").cookie(session)).andExpect(redirectedUrl("/login/totp"));
		this.mvc.perform(get("/publicity").cookie(session)).andExpect(redirectedUrl("/login/totp"));
		this.mvc.perform(get("/login/totp").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"code\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
	}

	@Test
	void theRightCodeLogsInWithANewSessionId() throws Exception {
		Cookie session = password("bureau", SecondStep.DEMO_PASSWORD, "/login/totp");
		MvcResult result = this.mvc
			.perform(post("/login/totp").cookie(session)
				.with(csrf())
				.param("code", SecondStep.code(this.jdbc, this.clock, "bureau")))
			.andExpect(redirectedUrl("/home/bureau"))
			.andReturn();
		Cookie loggedIn = result.getResponse().getCookie("SESSION");
		assertThat(loggedIn).isNotNull();
		assertThat(loggedIn.getValue()).isNotEqualTo(session.getValue());
		this.mvc.perform(get("/home/bureau").cookie(loggedIn)).andExpect(status().isOk());
		assertThat(this.loginRecords.findByUsernameOrderByOccurredAtDesc("bureau").get(0).getOutcome())
			.isEqualTo(LoginAttempts.SUCCESS);
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() throws Exception {
		String code = SecondStep.code(this.jdbc, this.clock, "center");
		Cookie first = password("center", SecondStep.DEMO_PASSWORD, "/login/totp");
		this.mvc.perform(post("/login/totp").cookie(first).with(csrf()).param("code", code))
			.andExpect(redirectedUrl("/home/center"));
		Cookie second = password("center", SecondStep.DEMO_PASSWORD, "/login/totp");
		this.mvc.perform(post("/login/totp").cookie(second).with(csrf()).param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("动态口令错误")));
	}

	@Test
	void aCodeFromTwoStepsAgoIsRefused() throws Exception {
		this.jdbc.update("update user_account set totp_last_step = null where username = 'center'");
		String old = Totp.codeAt(Accounts.DEMO_TOTP_SECRET, this.clock.instant().minus(Duration.ofSeconds(60)));
		Cookie session = password("center", SecondStep.DEMO_PASSWORD, "/login/totp");
		this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", old))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("动态口令错误")));
	}

	@Test
	void anEmptyCodeIsAnsweredBesideTheField() throws Exception {
		Cookie session = password("center", SecondStep.DEMO_PASSWORD, "/login/totp");
		this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入动态口令")));
	}

	@Test
	void fiveWrongCodesLockTheAccountLikeFiveWrongPasswords() throws Exception {
		Cookie session = password("center", SecondStep.DEMO_PASSWORD, "/login/totp");
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("再错 " + (4 - i) + " 次")));
		}
		this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(redirectedUrl("/login?locked"));
		// locked: even the right password is refused now, with the answer a wrong one
		// gets
		this.mvc.perform(formLogin("/login").user("center").password(SecondStep.DEMO_PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.loginRecords.findByUsernameOrderByOccurredAtDesc("center")).extracting(LoginRecord::getOutcome)
			.contains(LoginAttempts.BAD_TOTP, LoginAttempts.PASSWORD_ACCEPTED);
	}

	@Test
	void wrongPasswordsAndWrongCodesShareOneCounter() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin("/login").user("center").password("Wrong#2026"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// the right password does not reset the count while the code is still missing
		// (after three failures the 验证码 comes first, LoginThrottlingIT)
		Cookie session = this.mvc
			.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "center", SecondStep.DEMO_PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login/totp"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(content().string(containsString("再错 1 次")));
		this.mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void theCodePageWithoutAPasswordGoesToLogin() throws Exception {
		this.mvc.perform(get("/login/totp")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/login/totp").with(csrf()).param("code", "123456")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aRequiredAccountWithoutSecretEnrolsByQrCodeAndGetsRecoveryCodes() throws Exception {
		this.accounts.create(new Accounts.NewAccount("newcenter", "Right#2026", "新中心账号", Role.CENTER, null, null));
		Cookie session = password("newcenter", "Right#2026", "/login/totp/enrol");
		this.mvc.perform(get("/home/center").cookie(session)).andExpect(redirectedUrl("/login/totp/enrol"));
		String page = this.mvc.perform(get("/login/totp/enrol").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data:image/png;base64,")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = page.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7]+)<.*", "$1");
		assertThat(secret).hasSize(32);

		this.mvc.perform(post("/login/totp/enrol").cookie(session).with(csrf()).param("code", "000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("动态口令不正确")));
		MvcResult enrolled = this.mvc
			.perform(post("/login/totp/enrol").cookie(session)
				.with(csrf())
				.param("code", Totp.codeAt(secret, this.clock.instant())))
			.andExpect(redirectedUrl("/account/recovery-codes"))
			.andReturn();
		Cookie loggedIn = enrolled.getResponse().getCookie("SESSION");
		String codesPage = this.mvc.perform(get("/account/recovery-codes").cookie(loggedIn))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> codes = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>")
			.matcher(codesPage)
			.results()
			.map(m -> m.group(1))
			.toList();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from totp_recovery_code c join user_account a on a.id = c.account_id where a.username = 'newcenter' and c.code_hash like '{bcrypt}%'",
				Integer.class))
			.isEqualTo(10);
		assertThat(this.jdbc.queryForObject("select totp_secret from user_account where username = 'newcenter'",
				String.class))
			.doesNotContain(secret);

		// a recovery code replaces the 动态口令 once
		Cookie again = password("newcenter", "Right#2026", "/login/totp");
		this.mvc.perform(post("/login/totp").cookie(again).with(csrf()).param("code", codes.get(0)))
			.andExpect(redirectedUrl("/home/center"));
		Cookie third = password("newcenter", "Right#2026", "/login/totp");
		this.mvc.perform(post("/login/totp").cookie(third).with(csrf()).param("code", codes.get(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("动态口令错误")));
	}

}
