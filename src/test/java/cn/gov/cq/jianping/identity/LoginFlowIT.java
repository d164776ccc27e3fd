package cn.gov.cq.jianping.identity;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.LoginCaptcha;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.SecondStep;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginFlowIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	LoginRecords loginRecords;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@AfterEach
	void resetClock() {
		this.clock.reset();
		this.jdbc.update("delete from login_failure where username in ('bureau', 'lockme', 'nosuchuser')");
	}

	@ParameterizedTest
	@CsvSource({ "sysadmin,/home/sysadmin", "secadmin,/home/secadmin", "auditor,/home/auditor", "bureau,/home/bureau",
			"center,/home/center", "expert1,/home/expert", "expert2,/home/expert", "expert3,/home/expert",
			"district,/home/district", "institution,/home/institution", "institution2,/home/institution" })
	void everyDemoAccountLandsOnItsRoleHome(String username, String home) throws Exception {
		// Sessions live in PostgreSQL (Spring Session JDBC): the next request carries the
		// session cookie, as a browser does.
		var session = SecondStep.login(this.mvc, this.jdbc, this.clock, username);
		this.mvc.perform(get(home).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
	}

	@ParameterizedTest
	@CsvSource({ "expert1,/home/expert", "district,/home/district", "institution,/home/institution" })
	void accountsWithoutSecondFactorAreLoggedInByThePassword(String username, String home) throws Exception {
		this.mvc.perform(formLogin("/login").user(username).password("Demo#2026"))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl(home));
	}

	@Test
	void aWrongPasswordIsRefusedAndRecorded() throws Exception {
		this.mvc.perform(formLogin("/login").user("bureau").password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		assertThat(this.loginRecords.findByUsernameOrderByOccurredAtDesc("bureau")).extracting(LoginRecord::getOutcome)
			.contains(LoginAttempts.BAD_CREDENTIALS);
		this.mvc.perform(formLogin("/login").user("bureau").password("Demo#2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login/totp"));
		assertThat(this.loginRecords.findByUsernameOrderByOccurredAtDesc("bureau").get(0).getOutcome())
			.isEqualTo(LoginAttempts.PASSWORD_ACCEPTED);
	}

	@Test
	void theSixthAttemptInARowIsLockedOutEvenWithTheRightPassword() throws Exception {
		this.accounts.create(new Accounts.NewAccount("lockme", "Right#2026", "锁定测试", Role.EXPERT, null, null));
		for (int i = 0; i < 3; i++) {
			this.mvc.perform(formLogin("/login").user("lockme").password("Wrong#2026"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// from the fourth try on, the 验证码 comes first (LoginThrottlingIT)
		for (int i = 0; i < 2; i++) {
			this.mvc.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "lockme", "Wrong#2026"))
				.andExpect(redirectedUrl("/login?error"));
		}
		// locked, yet answered exactly as an unknown account or a wrong password: the
		// answer must not tell a stranger which accounts exist or are locked
		this.mvc.perform(LoginCaptcha.formLogin(this.mvc, this.sessions, "lockme", "Right#2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nosuchuser").password("Right#2026"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", ""))
			.andExpect(content()
				.string(allOf(containsString("用户名或密码错误，或账号已被暂时锁定"), not(containsString("id=\"login-locked\"")))));

		this.clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		this.mvc.perform(formLogin("/login").user("lockme").password("Right#2026"))
			.andExpect(authenticated())
			.andExpect(redirectedUrl("/home/expert"));
		assertThat(this.loginRecords.findByUsernameOrderByOccurredAtDesc("lockme")).extracting(LoginRecord::getOutcome)
			.contains(LoginAttempts.LOCKED, LoginAttempts.BAD_CREDENTIALS, LoginAttempts.SUCCESS);
	}

	@Test
	void anonymousUsersAreSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/institutions"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void loginPageIsChineseAndCarriesSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名")))
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void aLoginWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc.perform(post("/login").param("username", "sysadmin").param("password", "Demo#2026"))
			.andExpect(status().isForbidden());
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		this.mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
	}

	@Test
	void theDemoAdministratorsEachHoldOneOfTheThreeRoles() {
		assertThat(this.accounts.list()).filteredOn(row -> row.role().administrator())
			.extracting(Accounts.AccountRow::username, Accounts.AccountRow::role)
			.containsExactlyInAnyOrder(tuple("sysadmin", Role.SYSADMIN), tuple("secadmin", Role.SECADMIN),
					tuple("auditor", Role.AUDITOR));
		assertThat(this.accounts.exists("admin")).isFalse();
	}

	@Test
	void aRoleCannotOpenAnotherRolesHome() throws Exception {
		this.mvc.perform(get("/home/bureau").with(Users.center())).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/accounts").with(Users.bureau())).andExpect(status().isForbidden());
	}

}
