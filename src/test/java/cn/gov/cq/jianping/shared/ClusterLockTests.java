package cn.gov.cq.jianping.shared;

import java.time.Instant;
import java.time.LocalDateTime;

import cn.gov.cq.jianping.support.IntegrationTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.support.CronExpression;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job's firing is claimed by the time its cron expression came due, so two
 * nodes that start the same firing at different moments claim it once, and the next
 * firing is claimed again.
 */
@IntegrationTest
class ClusterLockTests {

	private static final String JOB = "test-cluster-lock";

	private static final String DAILY = "0 10 0 * * *";

	@Autowired
	ClusterLock lock;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void forget() {
		this.jdbc.update("delete from job_claim where job_name = ?", JOB);
	}

	private static Instant shanghai(String local) {
		return LocalDateTime.parse(local).atZone(TimeConfiguration.ZONE).toInstant();
	}

	@Test
	void twoNodesStartingTheSameFiringSecondsApartClaimItOnce() {
		assertThat(this.lock.claimFiring(JOB, "jianping.test.none", DAILY, shanghai("2026-12-03T00:10:00.300")))
			.isTrue();
		// the other node's scheduler ran 1.9 s late: a different second, the same firing
		assertThat(this.lock.claimFiring(JOB, "jianping.test.none", DAILY, shanghai("2026-12-03T00:10:02.200")))
			.isFalse();
		// and one that ran 40 minutes late still finds it claimed
		assertThat(this.lock.claimFiring(JOB, "jianping.test.none", DAILY, shanghai("2026-12-03T00:50:00"))).isFalse();
	}

	@Test
	void theNextFiringIsClaimedAgain() {
		assertThat(this.lock.claimFiring(JOB, "jianping.test.none", DAILY, shanghai("2026-12-03T00:10:00"))).isTrue();
		assertThat(this.lock.claimFiring(JOB, "jianping.test.none", DAILY, shanghai("2026-12-04T00:10:00.500")))
			.isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from job_claim where job_name = ?", Long.class, JOB))
			.isEqualTo(2);
	}

	@Test
	void theLastFiringIsTheLatestDueTimeAtOrBeforeNowInShanghai() {
		CronExpression daily = CronExpression.parse(DAILY);
		assertThat(ClusterLock.lastFiring(daily, shanghai("2026-12-03T00:10:00")))
			.contains(shanghai("2026-12-03T00:10:00"));
		assertThat(ClusterLock.lastFiring(daily, shanghai("2026-12-03T00:09:59")))
			.contains(shanghai("2026-12-02T00:10:00"));
		CronExpression fiveMinutes = CronExpression.parse("0 */5 * * * *");
		assertThat(ClusterLock.lastFiring(fiveMinutes, shanghai("2026-12-03T13:04:59.900")))
			.contains(shanghai("2026-12-03T13:00:00"));
		assertThat(ClusterLock.lastFiring(fiveMinutes, shanghai("2026-12-03T13:05:00.100")))
			.contains(shanghai("2026-12-03T13:05:00"));
		assertThat(ClusterLock.lastFiring(CronExpression.parse("* * * * * *"), shanghai("2026-12-03T13:00:00.500")))
			.contains(shanghai("2026-12-03T13:00:00"));
		// an expression that never came due within a day: none
		assertThat(ClusterLock.lastFiring(CronExpression.parse("0 0 0 29 2 *"), shanghai("2026-12-03T13:00:00")))
			.isEmpty();
	}

}
