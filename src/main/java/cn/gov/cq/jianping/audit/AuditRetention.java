package cn.gov.cq.jianping.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.cq.jianping.shared.ClusterLock;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the audit records at least {@value #MINIMUM_DAYS} days (网络安全法 第二十一条: not less
 * than six months). Records older than the retention are copied, with their chain fields,
 * into {@code audit_entry_archive}; nothing is deleted by the application (it has no
 * right to). A retention set below the minimum is raised to it.
 */
@Service
public class AuditRetention {

	/** When the job runs (Asia/Shanghai), and the property that changes it. */
	static final String CRON_PROPERTY = "jianping.audit.archive-cron";

	static final String DEFAULT_CRON = "0 50 2 * * *";

	private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

	/** 184 days: six months at their longest. */
	public static final int MINIMUM_DAYS = 184;

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final ClusterLock lock;

	private final Clock clock;

	private final int retentionDays;

	AuditRetention(JdbcClient jdbc, AuditLog auditLog, ClusterLock lock, Clock clock,
			@Value("${jianping.audit.retention-days:" + MINIMUM_DAYS + "}") int retentionDays) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.lock = lock;
		this.clock = clock;
		this.retentionDays = effectiveDays(retentionDays);
		if (retentionDays < MINIMUM_DAYS) {
			log.warn("审计记录保存期 {} 天少于最低要求，按 {} 天执行", retentionDays, MINIMUM_DAYS);
		}
	}

	/** The retention in force: the setting, never less than {@value #MINIMUM_DAYS}. */
	static int effectiveDays(int configured) {
		return Math.max(configured, MINIMUM_DAYS);
	}

	public int retentionDays() {
		return this.retentionDays;
	}

	@Scheduled(cron = "${" + CRON_PROPERTY + ":" + DEFAULT_CRON + "}", zone = TimeConfiguration.ZONE_ID)
	@Transactional
	public void scheduled() {
		if (this.lock.claimFiring("audit-archive", CRON_PROPERTY, DEFAULT_CRON, this.clock.instant())) {
			archive();
		}
	}

	/**
	 * Copies the records older than the retention that are not archived yet; answers how
	 * many.
	 */
	@Transactional
	public int archive() {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(Duration.ofDays(this.retentionDays));
		int copied = this.jdbc
			.sql("insert into audit_entry_archive (id, chain_seq, actor, actor_role, client_address, action,"
					+ " target_type, target_id, detail, result, occurred_at, prev_hash, hash, archived_at)"
					+ " select a.id, a.chain_seq, a.actor, a.actor_role, a.client_address, a.action, a.target_type,"
					+ " a.target_id, a.detail, a.result, a.occurred_at, a.prev_hash, a.hash, :now from audit_entry a"
					+ " where a.occurred_at < :cutoff and not exists"
					+ " (select 1 from audit_entry_archive x where x.id = a.id)")
			.param("now", Timestamp.from(now))
			.param("cutoff", Timestamp.from(cutoff))
			.update();
		if (copied > 0) {
			this.auditLog.record(AuditLog.Actor.current(), "归档审计记录", "AUDIT_ARCHIVE", null,
					copied + " 条早于 " + LocalDate.ofInstant(cutoff, TimeConfiguration.ZONE) + " 的记录已连同哈希复制到归档表",
					AuditLog.Result.SUCCESS);
		}
		return copied;
	}

}
