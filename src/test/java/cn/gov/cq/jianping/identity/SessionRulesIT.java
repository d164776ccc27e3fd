package cn.gov.cq.jianping.identity;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.SecondStep;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Session rules of 等保 level 3: one session per account (a setting), an absolute lifetime,
 * a new id at login, and cookies and headers fit for TLS.
 */
@IntegrationTest
class SessionRulesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void restoreSettings() {
		this.clock.reset();
		this.jdbc.update("update security_setting set max_sessions = 1, session_lifetime_hours = 12");
	}

	private Cookie login(String username) throws Exception {
		return this.mvc.perform(formLogin("/login").user(username).password(SecondStep.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/home/expert"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	@Test
	void aSecondLoginEndsTheFirstSessionAndTellsItsUserWhy() throws Exception {
		Cookie first = login("expert2");
		this.mvc.perform(get("/home/expert").cookie(first)).andExpect(status().isOk());

		Cookie second = login("expert2");
		this.mvc.perform(get("/home/expert").cookie(first)).andExpect(redirectedUrl("/login?displaced"));
		this.mvc.perform(get("/login").param("displaced", ""))
			.andExpect(content().string(containsString("您的账号已在其他地方登录，本次登录已结束")));
		// ended for good: the first cookie is no longer logged in
		this.mvc.perform(get("/home/expert").cookie(first)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/home/expert").cookie(second)).andExpect(status().isOk());
	}

	@Test
	void aSecondFactorLoginEndsTheOlderSessionToo() throws Exception {
		Cookie first = SecondStep.login(this.mvc, this.jdbc, this.clock, "center");
		this.mvc.perform(get("/home/center").cookie(first)).andExpect(status().isOk());
		Cookie second = SecondStep.login(this.mvc, this.jdbc, this.clock, "center");
		this.mvc.perform(get("/home/center").cookie(first)).andExpect(redirectedUrl("/login?displaced"));
		this.mvc.perform(get("/home/center").cookie(second)).andExpect(status().isOk());
	}

	@Test
	void whenTwoSessionsAreAllowedTheFirstStays() throws Exception {
		this.jdbc.update("update security_setting set max_sessions = 2");
		Cookie first = login("expert3");
		Cookie second = login("expert3");
		this.mvc.perform(get("/home/expert").cookie(first)).andExpect(status().isOk());
		this.mvc.perform(get("/home/expert").cookie(second)).andExpect(status().isOk());
		Cookie third = login("expert3");
		this.mvc.perform(get("/home/expert").cookie(first)).andExpect(redirectedUrl("/login?displaced"));
		this.mvc.perform(get("/home/expert").cookie(second)).andExpect(status().isOk());
		this.mvc.perform(get("/home/expert").cookie(third)).andExpect(status().isOk());
	}

	@Test
	void aSessionOlderThanItsAbsoluteLifetimeIsEnded() throws Exception {
		Cookie session = login("expert1");
		this.clock.advance(Duration.ofHours(12).minusSeconds(1));
		this.mvc.perform(get("/home/expert").cookie(session)).andExpect(status().isOk());
		this.clock.advance(Duration.ofSeconds(1));
		this.mvc.perform(get("/home/expert").cookie(session)).andExpect(redirectedUrl("/login?ended"));
		this.mvc.perform(get("/home/expert").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theSessionIdChangesAtLogin() throws Exception {
		Cookie anonymous = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(anonymous).isNotNull();
		MvcResult result = this.mvc
			.perform(post("/login").cookie(anonymous)
				.with(csrf())
				.param("username", "expert1")
				.param("password", SecondStep.DEMO_PASSWORD))
			.andExpect(redirectedUrl("/home/expert"))
			.andReturn();
		Cookie loggedIn = result.getResponse().getCookie("SESSION");
		assertThat(loggedIn).isNotNull();
		assertThat(loggedIn.getValue()).isNotEqualTo(anonymous.getValue());
		this.mvc.perform(get("/home/expert").cookie(anonymous)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndSecureOnlyBehindTls() throws Exception {
		String plain = this.mvc.perform(get("/login")).andReturn().getResponse().getHeader("Set-Cookie");
		assertThat(plain).contains("SESSION=").contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		String secure = this.mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Set-Cookie");
		assertThat(secure).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
	}

	@Test
	void hstsIsSentBehindTlsOnly() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	@Test
	void everyPageSaysNoSniffingAndNoCameraMicrophoneOrLocation() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")))
			.andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
			.andExpect(header().string("Permissions-Policy", containsString("geolocation=()")));
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
		MvcResult unknown = this.mvc.perform(formLogin("/login").user("nobody-here").password("Wrong#2026"))
			.andReturn();
		MvcResult wrong = this.mvc.perform(formLogin("/login").user("expert1").password("Wrong#2026")).andReturn();
		assertThat(unknown.getResponse().getRedirectedUrl()).isEqualTo("/login?error")
			.isEqualTo(wrong.getResponse().getRedirectedUrl());
		this.jdbc.update("update user_account set failed_attempts = 0 where username = 'expert1'");
	}

	@Test
	void errorPagesShowNoStackTrace() throws Exception {
		Cookie session = login("expert1");
		this.mvc.perform(get("/no-such-page").cookie(session))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Exception"))))
			.andExpect(content().string(not(containsString("at org.springframework"))));
		this.mvc
			.perform(get("/error").cookie(session)
				.requestAttr("jakarta.servlet.error.status_code", 500)
				.requestAttr("jakarta.servlet.error.exception", new IllegalStateException("boom"))
				.requestAttr("jakarta.servlet.error.request_uri", "/cases/1"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(not(containsString("boom"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at cn.gov"))));
	}

}
