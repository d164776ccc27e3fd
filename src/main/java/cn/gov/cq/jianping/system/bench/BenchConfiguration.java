package cn.gov.cq.jianping.system.bench;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/** The statement counter for the benchmark script ({@code docs/bench/staff-pages.sh}). */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	RequestStatements requestStatements(StatementCounter counter) {
		return new RequestStatements(counter);
	}

	/** Outermost, so the count takes in the session's load and save too. */
	@Bean
	FilterRegistrationBean<RequestStatements> requestStatementsRegistration(RequestStatements filter) {
		FilterRegistrationBean<RequestStatements> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
