package cn.gov.cq.jianping.publicity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the lookup caches of this node coherent with the other nodes: a trigger bumps
 * {@code grade_generation} in the transaction that changes {@code confirmed_grade}, and
 * this node reads it every {@code jianping.cache.poll-ms} (200 ms) and forgets its cached
 * searches and pages when it moved. One primary-key read per poll, about 0.1 ms
 * (docs/operations.md), against a query per request for a version checked on every
 * lookup.
 */
@Component
class SharedGradeGeneration {

	private static final Logger log = LoggerFactory.getLogger(SharedGradeGeneration.class);

	private final JdbcTemplate jdbc;

	private final GradeLookup lookup;

	private long seen = -1;

	SharedGradeGeneration(JdbcTemplate jdbc, GradeLookup lookup) {
		this.jdbc = jdbc;
		this.lookup = lookup;
	}

	@Scheduled(fixedDelayString = "${jianping.cache.poll-ms:200}")
	void poll() {
		try {
			Long current = this.jdbc.queryForObject("select generation from grade_generation where id = 1", Long.class);
			if (current != null && current != this.seen) {
				if (this.seen >= 0) {
					this.lookup.evictAll();
				}
				this.seen = current;
			}
		}
		catch (DataAccessException ex) {
			// The database is away; the caches expire on their own and the next poll
			// catches up.
			log.debug("无法读取成绩版本：{}", ex.getMessage());
		}
	}

}
