package cn.gov.cq.jianping.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import cn.gov.cq.jianping.system.bench.StatementCounter;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The real app with the demo data and MockMvc on a throw-away embedded PostgreSQL of its
 * own (tests using it add thousands of cases), with a {@link StatementCounter} on the
 * data source: for tests that compare the SQL statements of a page at two data sizes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
		properties = { "jianping.embedded-db.temporary=true", "jianping.demo=true", "jianping.captcha.enabled=false",
				"jianping.confirmation.cron=-" })
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, StatementCountTest.Counting.class })
public @interface StatementCountTest {

	/** Registers the counter. */
	@TestConfiguration(proxyBeanMethods = false)
	class Counting {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

	}

}
