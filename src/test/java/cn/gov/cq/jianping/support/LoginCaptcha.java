package cn.gov.cq.jianping.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;

import cn.gov.cq.jianping.shared.captcha.CaptchaService;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The login form's image challenge answered as a person reading the picture would: the
 * image is fetched in a session and its answer read back from that session (in
 * PostgreSQL), never from a test-only switch in the application.
 */
public final class LoginCaptcha {

	private LoginCaptcha() {
	}

	/** A session holding a fresh challenge, and its answer. */
	public record Challenge(Cookie session, String answer) {
	}

	/** Fetches {@code /login/captcha.png} in a new session. */
	public static Challenge fetch(MockMvc mvc, SessionRepository<? extends Session> sessions) throws Exception {
		Cookie session = mvc.perform(get("/login/captcha.png")).andReturn().getResponse().getCookie("SESSION");
		return new Challenge(session, answerIn(sessions, session));
	}

	/** The answer of the challenge last fetched in this session. */
	public static String answerIn(SessionRepository<? extends Session> sessions, Cookie session) {
		String id = new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
		CaptchaService.Answer answer = sessions.findById(id).getAttribute(CaptchaService.SESSION_KEY);
		return answer.text();
	}

	/**
	 * The password form with the challenge answered right (a new challenge in a new
	 * session).
	 */
	public static MockHttpServletRequestBuilder formLogin(MockMvc mvc, SessionRepository<? extends Session> sessions,
			String username, String password) throws Exception {
		Challenge challenge = fetch(mvc, sessions);
		return formLogin(challenge.session(), username, password, challenge.answer());
	}

	/** The password form in this session with this answer (null: none given). */
	public static MockHttpServletRequestBuilder formLogin(Cookie session, String username, String password,
			String answer) {
		MockHttpServletRequestBuilder request = post("/login").with(csrf())
			.param("username", username)
			.param("password", password);
		if (session != null) {
			request.cookie(session);
		}
		if (answer != null) {
			request.param("captcha", answer);
		}
		return request;
	}

}
