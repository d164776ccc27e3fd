package cn.gov.cq.jianping.identity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.LoginCaptcha;
import cn.gov.cq.jianping.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 12: after a few failures of a username (existing or not) or of a client address
 * the login form asks the image challenge before the password is checked, a login without
 * the right answer does not count toward the account's lockout, and an address with too
 * many failures is refused for a while, even with the right password. Every test comes
 * from addresses of its own (TEST-NET-2), so the counts of other tests do not mix in.
 */
@IntegrationTest
class LoginThrottlingIT {

	private static final String PASSWORD = "Right#2026";

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@AfterEach
	void forgetTheFailures() {
		this.clock.reset();
		this.jdbc.update("delete from login_failure where address like '198.51.100.%'");
		this.jdbc.update("update security_setting set captcha_after_failures = 3");
	}

	@ParameterizedTest
	@ValueSource(strings = { "throttle-known", "throttle-nobody" })
	void afterThreeFailuresOfAUsernameTheFormShowsTheChallengeWhetherOrNotTheAccountExists(String username)
			throws Exception {
		if (username.endsWith("known")) {
			this.accounts.create(new Accounts.NewAccount(username, PASSWORD, "限流测试", Role.EXPERT, null, null));
		}
		From address = newAddress();
		for (int i = 1; i <= 3; i++) {
			Cookie session = wrongPassword(username, address);
			String form = loginPage(session, address);
			assertThat(form).as("after %d failures", i).contains("name=\"username\"");
			if (i < 3) {
				assertThat(form).doesNotContain("name=\"captcha\"");
			}
			else {
				assertThat(form).contains("id=\"login-captcha\"", "name=\"captcha\"", "/login/captcha.png",
						"for=\"captcha\"", "alt=\"验证码图片\"");
			}
		}
		// the next try without an answer: the same answer as any failure
		this.mvc.perform(LoginCaptcha.formLogin(null, username, PASSWORD, null).with(address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		// the challenge follows the username, not the session or the address
		assertThat(loginPage(wrongPassword(username, newAddress()), newAddress())).contains("name=\"captcha\"");
		assertThat(loginPage(wrongPassword("someone-else", address), address)).doesNotContain("name=\"captcha\"");
	}

	@Test
	void aWrongOrMissingAnswerIsRefusedBeforeThePasswordAndNeverLocksTheAccount() throws Exception {
		this.accounts.create(new Accounts.NewAccount("throttle-victim", PASSWORD, "限流测试", Role.EXPERT, null, null));
		From attacker = newAddress();
		for (int i = 0; i < 3; i++) {
			wrongPassword("throttle-victim", attacker);
		}
		assertThat(failedAttempts("throttle-victim")).isEqualTo(3);
		for (int i = 0; i < 10; i++) {
			// no answer, or a wrong one; with a wrong password and even with the right
			// one
			LoginCaptcha.Challenge challenge = LoginCaptcha.fetch(this.mvc, this.sessions);
			String answer = (i % 2 == 0) ? null : challenge.answer() + "X";
			this.mvc
				.perform(LoginCaptcha
					.formLogin(challenge.session(), "throttle-victim", (i % 3 == 0) ? PASSWORD : "Wrong#2026", answer)
					.with(attacker))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(failedAttempts("throttle-victim")).as("the lockout count").isEqualTo(3);
		assertThat(this.jdbc.queryForObject("select locked_until from user_account where username = 'throttle-victim'",
				Object.class))
			.isNull();
		assertThat(outcomes("throttle-victim")).containsOnly(LoginAttempts.BAD_CREDENTIALS,
				LoginThrottle.CAPTCHA_FAILED);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_entry where actor = 'throttle-victim' "
				+ "and action = '登录' and detail like '验证码未填写或错误%' and result = '失败'", Integer.class))
			.isEqualTo(10);

		// the owner, with the right answer and the right password, logs in
		this.mvc.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "throttle-victim", PASSWORD).with(attacker))
			.andExpect(authenticated().withUsername("throttle-victim"))
			.andExpect(redirectedUrl("/home/expert"));
	}

	@Test
	void withTheRightAnswerWrongPasswordsStillLockTheAccount() throws Exception {
		this.accounts.create(new Accounts.NewAccount("throttle-locked", PASSWORD, "限流测试", Role.EXPERT, null, null));
		From address = newAddress();
		for (int i = 0; i < 3; i++) {
			wrongPassword("throttle-locked", address);
		}
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "throttle-locked", "Wrong#2026").with(address))
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where action = '账号锁定' and actor = 'throttle-locked'", Integer.class))
			.isEqualTo(1);
		this.mvc.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "throttle-locked", PASSWORD).with(address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void anAddressOverTheLimitIsRefusedEvenForTheRightPasswordAndRecoversAfterTheWindow() throws Exception {
		this.accounts.create(new Accounts.NewAccount("throttle-office", PASSWORD, "限流测试", Role.EXPERT, null, null));
		From address = newAddress();
		// one failure per username: only the address's count grows
		for (int i = 0; i < 19; i++) {
			wrongPassword("guess-" + i, address);
		}
		assertThat(loginPage(null, address)).doesNotContain("name=\"captcha\"");
		wrongPassword("guess-19", address);
		assertThat(loginPage(null, address)).as("20 failures: every username").contains("name=\"captcha\"");
		assertThat(loginPage(null, newAddress())).as("another address").doesNotContain("name=\"captcha\"");
		// the 21st to 49th, unanswered, are refused and count for the address too
		for (int i = 20; i < 49; i++) {
			wrongPassword("guess-" + i, address);
		}
		this.mvc.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "throttle-office", PASSWORD).with(address))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/home/expert"));
		wrongPassword("guess-49", address);

		LoginCaptcha.Challenge challenge = LoginCaptcha.fetch(this.mvc, this.sessions);
		this.mvc
			.perform(LoginCaptcha.formLogin(challenge.session(), "throttle-office", PASSWORD, challenge.answer())
				.with(address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error&throttled"));
		this.mvc.perform(get("/login?error&throttled").cookie(challenge.session()).with(address))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("用户名或密码错误，或账号已被暂时锁定"), containsString("尝试过于频繁，请稍后再试"),
					containsString("value=\"throttle-office\""))));
		// the account itself is not locked: from elsewhere it logs in
		this.mvc
			.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "throttle-office", PASSWORD).with(newAddress()))
			.andExpect(authenticated());
		assertThat(outcomes("throttle-office")).contains(LoginThrottle.THROTTLED);
		List<String> throttling = this.jdbc.queryForList(
				"select detail from audit_entry where action = '登录限流' and target_id = ? order by id", String.class,
				address.ip());
		assertThat(throttling).hasSize(2);
		assertThat(throttling.get(0)).contains("20 次", "验证码");
		assertThat(throttling.get(1)).contains("50 次", "暂停");

		this.clock.advance(Duration.ofMinutes(14));
		this.mvc.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "throttle-office", PASSWORD).with(address))
			.andExpect(redirectedUrl("/login?error&throttled"));
		this.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		assertThat(loginPage(null, address)).doesNotContain("name=\"captcha\"");
		this.mvc.perform(LoginCaptcha.formLogin(null, "throttle-office", PASSWORD, null).with(address))
			.andExpect(authenticated().withUsername("throttle-office"));
	}

	@Test
	void theSecurityAdministratorsSettingDecidesAfterHowManyFailures() throws Exception {
		this.jdbc.update("update security_setting set captcha_after_failures = 1");
		From address = newAddress();
		assertThat(loginPage(null, address)).doesNotContain("name=\"captcha\"");
		assertThat(loginPage(wrongPassword("throttle-setting", address), address)).contains("name=\"captcha\"");
		this.jdbc.update("update security_setting set captcha_after_failures = 2");
		assertThat(loginPage(wrongPassword("throttle-setting-2", address), address)).doesNotContain("name=\"captcha\"");
	}

	@Test
	void theUsernameCountsWhateverItsCase() throws Exception {
		From address = newAddress();
		wrongPassword("Throttle-Case", address);
		wrongPassword("THROTTLE-CASE", address);
		wrongPassword(" throttle-case", address);
		assertThat(loginPage(wrongPassword("throttle-case", newAddress()), newAddress())).contains("name=\"captcha\"");
	}

	private Cookie wrongPassword(String username, From address) throws Exception {
		return this.mvc.perform(LoginCaptcha.formLogin(null, username, "Wrong#2026", null).with(address))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private String loginPage(Cookie session, From address) throws Exception {
		var request = get("/login").param("error", "").with(address);
		if (session != null) {
			request.cookie(session);
		}
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("尝试过于频繁"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private int failedAttempts(String username) {
		return this.jdbc.queryForObject("select failed_attempts from user_account where username = ?", Integer.class,
				username);
	}

	private List<String> outcomes(String username) {
		return this.jdbc.queryForList("select outcome from login_record where username = ?", String.class, username);
	}

	private static From newAddress() {
		return new From("198.51.100." + (ADDRESSES.incrementAndGet() % 250 + 1));
	}

	/** A request from this client address. */
	private record From(String ip) implements RequestPostProcessor {

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			request.setRemoteAddr(this.ip);
			return request;
		}

	}

}
