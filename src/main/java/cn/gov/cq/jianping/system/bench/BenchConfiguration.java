package cn.gov.cq.jianping.system.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The statement counter for the benchmark script ({@code docs/bench/staff-pages.sh}). */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

}
