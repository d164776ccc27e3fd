package cn.gov.cq.jianping.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

import cn.gov.cq.jianping.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging in and out with a real browser, for every demo account.
 */
class LoginBrowserIT extends BrowserTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "sysadmin,/home/sysadmin,系统管理工作台", "secadmin,/home/secadmin,安全管理工作台", "auditor,/home/auditor,安全审计工作台",
			"bureau,/home/bureau,市人社局工作台", "center,/home/center,鉴定指导中心工作台", "expert1,/home/expert,专家工作台",
			"district,/home/district,区县工作台", "institution,/home/institution,机构工作台",
			"institution2,/home/institution,机构工作台" })
	void everyDemoAccountLandsOnItsHomeAndLogsOut(String username, String home, String heading) {
		login(username, DEMO_PASSWORD);

		assertThat(currentPath()).isEqualTo(home);
		assertThat(find(By.tagName("h1")).getText()).startsWith(heading);
		assertThat(find("current-user").getText()).isNotBlank();
		assertThat(driver().getTitle()).contains("鉴评");
		screenshot("home-" + username);

		logout();
		assertThat(currentPath()).isEqualTo("/login?logout");
		assertThat(find("login-logout").getText()).contains("已安全退出");
		assertThat(driver().findElements(By.id("current-user"))).isEmpty();
		open(home);
		find("login-form");
		assertThat(currentPath()).isEqualTo("/login");
	}

	/** Acceptance (issue 13): password, then the 动态口令 of JIANPINGDEMOTOTP. */
	@Test
	void bureauLogsInWithPasswordThenTheDemoTotpAndCannotReachHomeWithoutIt() {
		loginWithPassword("bureau", DEMO_PASSWORD);
		find("totp-form");
		assertThat(currentPath()).isEqualTo("/login/totp");
		assertThat(driver().findElements(By.id("current-user"))).isEmpty();
		assertThat(driver().findElement(By.cssSelector("#totp-form input[name=_csrf]")).getAttribute("value"))
			.isNotBlank();
		screenshot("totp-step");

		// without the code the home page is unreachable
		open("/home/bureau");
		find("totp-form");
		assertThat(currentPath()).isEqualTo("/login/totp");
		assertThat(driver().findElements(By.id("current-user"))).isEmpty();

		type("code", "000000");
		click("totp-submit");
		assertThat(find("code-error").getText()).contains("动态口令错误");

		type("code", totpCode("bureau"));
		click("totp-submit");
		find("current-user");
		assertThat(currentPath()).isEqualTo("/home/bureau");
		assertThat(find(By.tagName("h1")).getText()).startsWith("市人社局工作台");
		screenshot("totp-home");
	}

	@Test
	void aWrongPasswordShowsAChineseError() {
		open("/login");
		type("username", "expert3");
		type("password", "Wrong#2026");
		click("login-submit");

		assertThat(find("login-error").getText()).contains("用户名或密码错误");
		assertThat(currentPath()).isEqualTo("/login?error");
		assertThat(driver().findElements(By.id("current-user"))).isEmpty();
		screenshot("wrong-password");

		// the right password still works, and clears the failed attempt from the lockout
		// count
		login("expert3", DEMO_PASSWORD);
		assertThat(currentPath()).isEqualTo("/home/expert");
	}

}
