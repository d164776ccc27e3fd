package cn.gov.cq.jianping.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * One application context for every integration test: the real app on a throw-away
 * embedded PostgreSQL with the demo data, on a random port (for the browser tests) and
 * with MockMvc.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "jianping.embedded-db.temporary=true", "jianping.demo=true", "jianping.captcha.enabled=false",
				"jianping.confirmation.cron=-" })
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {

}
