package cn.gov.cq.jianping.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The real app with MockMvc on a throw-away embedded PostgreSQL that holds only what
 * Flyway puts there (the rubrics, no demo accounts or institutions): for tests that build
 * their own data. Tests that rely on the demo data keep {@link IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "jianping.embedded-db.temporary=true", "jianping.demo=false", "jianping.captcha.enabled=false",
				"jianping.confirmation.cron=-" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface IntegrationTestWithoutDemoData {

}
