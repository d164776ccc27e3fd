package cn.gov.cq.jianping.publicity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.gov.cq.jianping.shared.ClusterLock;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 第十二条: when the period is over, an entry with no objection, or whose objections were all
 * found 不成立, is confirmed. The job is idempotent and, through a PostgreSQL advisory lock,
 * runs in one instance at a time however many are deployed.
 */
@Service
public class Confirmations {

	/** When the job runs (Asia/Shanghai), and the property that changes it. */
	static final String CRON_PROPERTY = "jianping.confirmation.cron";

	static final String DEFAULT_CRON = "0 */5 * * * *";

	private static final Logger log = LoggerFactory.getLogger(Confirmations.class);

	/** Key of the advisory lock that serialises the job across instances. */
	static final long LOCK_KEY = 2021_33_12L;

	private final PublicityEntryRepository entries;

	private final EntryConfirmation confirmation;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ClusterLock lock;

	Confirmations(PublicityEntryRepository entries, EntryConfirmation confirmation, JdbcTemplate jdbc, Clock clock,
			ClusterLock lock) {
		this.lock = lock;
		this.entries = entries;
		this.confirmation = confirmation;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${" + CRON_PROPERTY + ":" + DEFAULT_CRON + "}", zone = TimeConfiguration.ZONE_ID)
	// Through the proxy: the claim and the job share one transaction, so the advisory
	// lock taken inside is held until the job commits (a self-call would have none).
	@Transactional
	public void scheduled() {
		if (!this.lock.claimFiring("confirm-grades", CRON_PROPERTY, DEFAULT_CRON, this.clock.instant())) {
			return;
		}
		int confirmed = confirmDue();
		if (confirmed > 0) {
			log.info("公示期满，已确定 {} 个机构的等级", confirmed);
		}
	}

	/**
	 * Confirms every entry that is due; returns how many. Running it again changes
	 * nothing.
	 */
	@Transactional
	public int confirmDue() {
		if (!this.lock.tryLockForTransaction(LOCK_KEY)) {
			return 0;
		}
		Instant now = this.clock.instant();
		int confirmed = 0;
		List<PublicityEntry> open = this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.UNDER_NOTICE);
		for (PublicityEntry entry : open) {
			if (this.confirmation.confirmIfDue(entry, now)) {
				confirmed++;
			}
		}
		this.jdbc.update("insert into job_run (job_name, ran_at, result) values ('confirm-grades', ?, ?)",
				Timestamp.from(now), "确定 " + confirmed + " 个");
		return confirmed;
	}

}
