package cn.gov.cq.jianping.shared;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a scheduled job on one node, however many are deployed: each firing is claimed by
 * one node ({@link #claimTick}), and the job's work holds a PostgreSQL advisory lock
 * until its transaction ends, so a manual run never overlaps a scheduled one. The one
 * helper for every job, instead of a copy of the SQL in each.
 */
@Component
public class ClusterLock {

	private final JdbcTemplate jdbc;

	ClusterLock(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims this firing of a scheduled job for this node: true on exactly one node per
	 * tick. Every node's scheduler fires at the same wall-clock second, so the tick is
	 * the firing time truncated to the second; claims older than a day are dropped as
	 * they are no longer needed.
	 */
	@Transactional
	public boolean claimTick(String job, Instant firedAt) {
		Instant tick = firedAt.truncatedTo(ChronoUnit.SECONDS);
		this.jdbc.update("delete from job_claim where job_name = ? and tick < ?", job,
				Timestamp.from(tick.minus(1, ChronoUnit.DAYS)));
		return this.jdbc.update("insert into job_claim (job_name, tick) values (?, ?) on conflict do nothing", job,
				Timestamp.from(tick)) == 1;
	}

	/**
	 * Takes the lock {@code key} for the current transaction, or answers false at once
	 * when another node (or thread) holds it: that one is doing the job.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean tryLockForTransaction(long key) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, key));
	}

}
