package cn.gov.cq.jianping.shared;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a scheduled job on one node, however many are deployed: each firing is claimed by
 * one node ({@link #claimFiring}), and the job's work holds a PostgreSQL advisory lock
 * until its transaction ends, so a manual run never overlaps a scheduled one. The one
 * helper for every job, instead of a copy of the SQL in each.
 */
@Component
public class ClusterLock {

	private static final List<Duration> LOOK_BACK = List.of(Duration.ofMinutes(1), Duration.ofHours(1),
			Duration.ofDays(1).plusSeconds(1));

	private final JdbcTemplate jdbc;

	private final Environment environment;

	ClusterLock(JdbcTemplate jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.environment = environment;
	}

	/**
	 * Claims this firing of a scheduled job for this node: true on exactly one node per
	 * firing. The firing is named by the time the job's cron expression (the property
	 * {@code cronProperty}, else {@code defaultCron}, in Asia/Shanghai) last came due at
	 * or before {@code now}, not by the moment each node's scheduler happened to run it:
	 * a node that starts the job a second or a minute late (a pause, a busy pool) claims
	 * the same firing and is refused. Claims older than a day are dropped.
	 */
	@Transactional
	public boolean claimFiring(String job, String cronProperty, String defaultCron, Instant now) {
		CronExpression cron = CronExpression.parse(this.environment.getProperty(cronProperty, defaultCron));
		Instant firing = lastFiring(cron, now).orElse(now.truncatedTo(ChronoUnit.SECONDS));
		this.jdbc.update("delete from job_claim where job_name = ? and tick < ?", job,
				Timestamp.from(firing.minus(1, ChronoUnit.DAYS)));
		return this.jdbc.update("insert into job_claim (job_name, tick) values (?, ?) on conflict do nothing", job,
				Timestamp.from(firing)) == 1;
	}

	/**
	 * The last time at or before {@code now} that the expression came due, looking back
	 * up to a day (every job here runs at least daily); empty when it did not.
	 */
	static Optional<Instant> lastFiring(CronExpression cron, Instant now) {
		ZonedDateTime end = now.atZone(TimeConfiguration.ZONE);
		// widening windows: a job firing every second finds its firing in the first
		// minute instead of stepping through a day of them
		for (Duration window : LOOK_BACK) {
			ZonedDateTime last = null;
			for (ZonedDateTime next = cron.next(end.minus(window)); next != null
					&& !next.isAfter(end); next = cron.next(next)) {
				last = next;
			}
			if (last != null) {
				return Optional.of(last.toInstant());
			}
		}
		return Optional.empty();
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
