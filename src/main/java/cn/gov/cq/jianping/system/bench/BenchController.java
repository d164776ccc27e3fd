package cn.gov.cq.jianping.system.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures for the benchmark script ({@code docs/bench/staff-pages.sh}), which reads them
 * around each page, one request at a time: the SQL statements sent so far, the heap, and
 * the ids of the seeded current round. Only with the {@code bench} profile, and only for
 * signed-in users.
 */
@RestController
@Profile("bench")
class BenchController {

	private final StatementCounter counter;

	private final RequestStatements requests;

	private final JdbcTemplate jdbc;

	BenchController(StatementCounter counter, RequestStatements requests, JdbcTemplate jdbc) {
		this.counter = counter;
		this.requests = requests;
		this.jdbc = jdbc;
	}

	/**
	 * With {@code tag}: the statements of the last request sent with that
	 * {@code X-Bench-Tag} header, by itself; without: every statement so far.
	 */
	@GetMapping("/bench/statements")
	Map<String, Long> statements(@RequestParam(required = false) String tag) {
		return Map.of("statements", tag == null ? this.counter.count() : this.requests.of(tag));
	}

	/**
	 * The heap in use and the peak since the last reset (summed over the heap pools);
	 * reset collects garbage first, so a measurement starts from what is really live.
	 */
	@GetMapping("/bench/heap")
	Map<String, Long> heap(@RequestParam(defaultValue = "false") boolean reset) {
		if (reset) {
			System.gc();
		}
		long used = 0;
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				if (reset) {
					pool.resetPeakUsage();
				}
				used += pool.getUsage().getUsed();
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return Map.of("used", used, "peak", peak);
	}

	/**
	 * The current round, one of its approved cases and an announcement, for the script's
	 * URLs.
	 */
	@GetMapping("/bench/ids")
	Map<String, Long> ids() {
		Map<String, Long> ids = new LinkedHashMap<>();
		Long round = this.jdbc.queryForObject("select max(id) from evaluation_round where name like ?", Long.class,
				"%" + BenchCurrentRound.NAME);
		ids.put("round", round);
		ids.put("case", this.jdbc.queryForObject(
				"select min(id) from evaluation_case where round_id = ? and stage = 'APPROVED'", Long.class, round));
		ids.put("announcement", this.jdbc.queryForObject("select max(id) from announcement", Long.class));
		ids.put("institutions", this.jdbc.queryForObject("select count(*) from institution", Long.class));
		return ids;
	}

}
