package cn.gov.cq.jianping.support;

import java.time.Clock;

import jakarta.servlet.http.Cookie;

import cn.gov.cq.jianping.identity.Accounts;
import cn.gov.cq.jianping.identity.Totp;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The 动态口令 of the demo accounts, as an authenticator app shows it at the app's clock. A
 * code is accepted once per 30-second step; tests log in many times a minute, so the
 * account's last used step is forgotten first — {@code SecondFactorLoginIT} tests that a
 * code is refused the second time.
 */
public final class SecondStep {

	/** Password of every demo account. */
	public static final String DEMO_PASSWORD = "Demo#2026";

	private SecondStep() {
	}

	/** A fresh code of the demo secret for this account. */
	public static String code(JdbcTemplate jdbc, Clock clock, String username) {
		jdbc.update("update user_account set totp_last_step = null where username = ?", username);
		return Totp.codeAt(Accounts.DEMO_TOTP_SECRET, clock.instant());
	}

	/**
	 * Logs a demo account in through both steps when it needs them; the session cookie of
	 * the finished login.
	 */
	public static Cookie login(MockMvc mvc, JdbcTemplate jdbc, Clock clock, String username) throws Exception {
		MvcResult result = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD)).andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		if ("/login/totp".equals(result.getResponse().getRedirectedUrl())) {
			result = mvc
				.perform(post("/login/totp").cookie(session).with(csrf()).param("code", code(jdbc, clock, username)))
				.andReturn();
			Cookie renewed = result.getResponse().getCookie("SESSION");
			if (renewed != null) {
				session = renewed;
			}
		}
		return session;
	}

}
