package cn.gov.cq.jianping.system.bench;

import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * How many SQL statements the application has sent so far, for the benchmark script: it
 * reads the count before and after each page (one request at a time). Only with the
 * {@code bench} profile, and only for signed-in users.
 */
@RestController
@Profile("bench")
class BenchController {

	private final StatementCounter counter;

	BenchController(StatementCounter counter) {
		this.counter = counter;
	}

	@GetMapping("/bench/statements")
	Map<String, Long> statements() {
		return Map.of("statements", this.counter.count());
	}

}
