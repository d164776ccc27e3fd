package cn.gov.cq.jianping.identity;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import cn.gov.cq.jianping.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 in the browser: after three failed logins of a username the login page shows
 * the image challenge, labelled in Chinese and named for assistive technology, and
 * axe-core finds no serious violation on it.
 */
class LoginCaptchaBrowserIT extends BrowserTest {

	private static final String USERNAME = "captcha-browser";

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forgetTheFailures() {
		this.jdbc.update("delete from login_failure where username = ?", USERNAME);
	}

	@Test
	void afterThreeFailuresTheLoginPageShowsTheLabelledImageChallenge() {
		for (int i = 1; i <= 3; i++) {
			loginWithPassword(USERNAME, "Wrong#2026");
			find("login-error");
			assertThat(currentPath()).isEqualTo("/login?error");
			if (i < 3) {
				assertThat(driver().findElements(By.id("captcha"))).as("after %d failures", i).isEmpty();
			}
		}
		WebElement input = find("captcha");
		assertThat(input.getAccessibleName()).isEqualTo("验证码");
		assertThat(find(By.cssSelector("label[for=captcha]")).getText()).isEqualTo("验证码");
		WebElement image = find("captcha-image");
		assertThat(image.getAttribute("alt")).isEqualTo("验证码图片");
		assertThat(image.getAttribute("naturalWidth")).as("the picture loaded").isNotEqualTo("0");
		assertThat(find("captcha-help").getText()).contains("请输入图片中的字符");
		assertThat(find("username").getAttribute("value")).isEqualTo(USERNAME);
		screenshot("login-captcha");
		assertThat(seriousViolations()).as("/login with the challenge").isEmpty();

		// a wrong answer: refused with the same message, the challenge again
		type(By.id("password"), "Wrong#2026");
		type(By.id("captcha"), "0000");
		click("login-submit");
		assertThat(find("login-error").getText()).contains("用户名或密码错误");
		assertThat(find("captcha").isDisplayed()).isTrue();
	}

}
