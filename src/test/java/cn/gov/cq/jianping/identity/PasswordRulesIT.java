package cn.gov.cq.jianping.identity;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Password rules: no leaked or recently used password, expiry and first-login change. */
@IntegrationTest
class PasswordRulesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Accounts accounts;

	@AfterEach
	void restore() {
		this.clock.reset();
		this.jdbc.update("update security_setting set password_expiry_days = 0");
	}

	@Test
	void aCommonLeakedPasswordIsRefusedWhereverItIsSet() {
		assertThatThrownBy(() -> this.accounts
			.create(new Accounts.NewAccount("leaky", "P@ssw0rd", "泄露测试", Role.EXPERT, null, null)))
			.hasMessageContaining("常见泄露密码");
		this.accounts.create(new Accounts.NewAccount("leaky", "Xk7#mQ2pLw", "泄露测试", Role.EXPERT, null, null));
		assertThatThrownBy(() -> this.accounts.changePassword("leaky", "Xk7#mQ2pLw", "Admin@123"))
			.hasMessageContaining("常见泄露密码");
	}

	@Test
	void noneOfTheLastFivePasswordsMayBeChosenAgain() {
		this.accounts.create(new Accounts.NewAccount("rotator", "First#2026a", "轮换测试", Role.EXPERT, null, null));
		String current = "First#2026a";
		for (int i = 2; i <= 5; i++) {
			String next = "Next#2026-" + i;
			this.accounts.changePassword("rotator", current, next);
			current = next;
		}
		// five passwords so far: the first is still among the last five
		String now = current;
		assertThatThrownBy(() -> this.accounts.changePassword("rotator", now, "First#2026a"))
			.hasMessageContaining("最近 5 次");
		assertThatThrownBy(() -> this.accounts.changePassword("rotator", now, now)).hasMessageContaining("最近 5 次");
		this.accounts.changePassword("rotator", current, "Sixth#2026");
		// now the first has dropped out of the last five
		this.accounts.changePassword("rotator", "Sixth#2026", "First#2026a");
	}

	@Test
	void anInitialPasswordMustBeChangedAtTheFirstLogin() throws Exception {
		String initial = this.accounts.open(new Accounts.Opening("firsttimer", "首次登录", Role.EXPERT, null, null));
		Cookie session = this.mvc.perform(formLogin("/login").user("firsttimer").password(initial))
			.andExpect(redirectedUrl("/account/password"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		this.mvc.perform(get("/home/expert").cookie(session)).andExpect(redirectedUrl("/account/password"));
		this.mvc.perform(get("/account/password").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("初始密码或已过期的密码须先修改")));
		this.mvc
			.perform(post("/account/password").cookie(session)
				.with(csrf())
				.param("currentPassword", initial)
				.param("newPassword", "Chosen#2026")
				.param("confirmation", "Chosen#2026"))
			.andExpect(redirectedUrl("/home/expert"));
		this.mvc.perform(get("/home/expert").cookie(session)).andExpect(status().isOk());
	}

	@Test
	void anExpiredPasswordMustBeChangedWhenExpiryIsOn() throws Exception {
		this.accounts.create(new Accounts.NewAccount("expiring", "Expire#2026", "过期测试", Role.EXPERT, null, null));
		this.mvc.perform(formLogin("/login").user("expiring").password("Expire#2026"))
			.andExpect(redirectedUrl("/home/expert"));
		this.jdbc.update("update security_setting set password_expiry_days = 90");
		this.clock.advance(Duration.ofDays(89));
		this.mvc.perform(formLogin("/login").user("expiring").password("Expire#2026"))
			.andExpect(redirectedUrl("/home/expert"));
		this.clock.advance(Duration.ofDays(1));
		this.mvc.perform(formLogin("/login").user("expiring").password("Expire#2026"))
			.andExpect(redirectedUrl("/account/password"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from password_history h join user_account a on a.id = h.account_id where a.username = 'expiring'",
				Integer.class))
			.isEqualTo(1);
	}

}
