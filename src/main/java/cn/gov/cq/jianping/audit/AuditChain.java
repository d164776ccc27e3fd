package cn.gov.cq.jianping.audit;

import java.sql.Timestamp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.cq.jianping.shared.ClusterLock;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the hash chain of the audit records (V176): each record's {@code prev_hash} must
 * be the previous record's hash, its {@code chain_seq} the next number, and its hash the
 * SHA-256 of the previous hash and its own canonical content. The first record where one
 * of these fails is reported: changed (content no longer matches its hash), removed (a
 * number is missing) or re-chained. A chain that is consistent in itself is then compared
 * with the hashes kept outside the database ({@link AuditAnchors}), which finds a rewrite
 * of the whole chain from the changed record on. Runs nightly and on demand from the
 * auditor's page; every outcome is kept in {@code audit_chain_check} and recorded in the
 * trail.
 */
@Service
public class AuditChain {

	/** When the job runs (Asia/Shanghai), and the property that changes it. */
	static final String CRON_PROPERTY = "jianping.audit.verify-cron";

	static final String DEFAULT_CRON = "0 40 2 * * *";

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

	/** The advisory lock key the insert trigger takes (V176). */
	static final long LOCK_KEY = 2022391301L;

	static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter KEPT_ON = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(TimeConfiguration.ZONE);

	private final JdbcTemplate jdbc;

	private final JdbcClient client;

	private final AuditLog auditLog;

	private final ClusterLock lock;

	private final Clock clock;

	private final AuditAnchors anchors;

	AuditChain(JdbcTemplate jdbc, JdbcClient client, AuditLog auditLog, ClusterLock lock, Clock clock,
			AuditAnchors anchors) {
		this.jdbc = jdbc;
		this.client = client;
		this.auditLog = auditLog;
		this.lock = lock;
		this.clock = clock;
		this.anchors = anchors;
	}

	/** The outcome of one check. */
	public record Check(Instant checkedAt, long recordsChecked, boolean intact, Long firstBrokenId, Long firstBrokenSeq,
			String reason) {

		/**
		 * The first broken record and why, in Chinese; the record number when it still
		 * exists.
		 */
		public String where() {
			return "第 " + this.firstBrokenSeq + " 条"
					+ ((this.firstBrokenId != null) ? "（记录编号 " + this.firstBrokenId + "）" : "") + this.reason;
		}

	}

	@Scheduled(cron = "${" + CRON_PROPERTY + ":" + DEFAULT_CRON + "}", zone = TimeConfiguration.ZONE_ID)
	@Transactional
	public void scheduled() {
		if (this.lock.claimFiring("audit-chain-check", CRON_PROPERTY, DEFAULT_CRON, this.clock.instant())) {
			verify();
		}
	}

	/** Checks the whole chain now, keeps and records the outcome. */
	@Transactional
	public Check verify() {
		Walk walk = new Walk(startingPrevious());
		this.jdbc.query(con -> {
			var statement = con.prepareStatement("select a.id, a.chain_seq, a.prev_hash, a.hash,"
					+ " audit_entry_digest(a.prev_hash, a) as recomputed from audit_entry a order by a.chain_seq");
			statement.setFetchSize(1000);
			return statement;
		}, (ResultSet row) -> walk.accept(row));
		Instant now = this.clock.instant();
		if (walk.brokenId == null) {
			// Anchors are compared and kept only for a chain that is consistent in
			// itself.
			String cluster = this.client.sql("select system_identifier::text from pg_control_system()")
				.query(String.class)
				.single();
			compareWithAnchors(walk, cluster);
			if (walk.brokenId == null && walk.count > 0) {
				this.anchors.keep(cluster, new AuditAnchors.Anchor(walk.expectedSeq - 1, walk.expectedPrev, now));
			}
		}
		Check check = new Check(now, walk.count, walk.brokenId == null, walk.brokenId, walk.brokenSeq, walk.reason);
		this.client
			.sql("insert into audit_chain_check (checked_at, records_checked, intact, first_broken_id,"
					+ " first_broken_seq, reason) values (:at, :count, :intact, :id, :seq, :reason)")
			.param("at", Timestamp.from(check.checkedAt()))
			.param("count", check.recordsChecked())
			.param("intact", check.intact())
			.param("id", check.firstBrokenId())
			.param("seq", check.firstBrokenSeq())
			.param("reason", check.reason())
			.update();
		if (!check.intact()) {
			log.error("审计记录完整性校验失败：{}", check.where());
		}
		this.auditLog.record(AuditLog.Actor.current(), "校验审计记录完整性", "AUDIT_CHAIN", null,
				check.intact() ? "已校验 " + check.recordsChecked() + " 条，审计记录完整" : check.where(),
				check.intact() ? AuditLog.Result.SUCCESS : AuditLog.Result.FAILURE);
		return check;
	}

	/** The latest check, for the auditor's page. */
	@Transactional(readOnly = true)
	public Optional<Check> latest() {
		return this.client
			.sql("select checked_at, records_checked, intact, first_broken_id, first_broken_seq, reason"
					+ " from audit_chain_check order by id desc limit 1")
			.query((row, n) -> new Check(row.getTimestamp(1).toInstant(), row.getLong(2), row.getBoolean(3),
					(Long) row.getObject(4), (Long) row.getObject(5), row.getString(6)))
			.optional();
	}

	/**
	 * Each kept anchor's record must still carry the kept hash (in the live table, or in
	 * the archive once a DBA removed it there); the first that does not, or is gone,
	 * breaks the check.
	 */
	private void compareWithAnchors(Walk walk, String cluster) {
		List<AuditAnchors.Anchor> kept = this.anchors.latest(cluster);
		if (kept.isEmpty()) {
			return;
		}
		Long[] seqs = kept.stream().map(AuditAnchors.Anchor::seq).toArray(Long[]::new);
		Map<Long, String[]> current = new HashMap<>();
		this.jdbc.query(
				"select chain_seq, id, hash from audit_entry_archive where chain_seq = any(?)"
						+ " union all select chain_seq, id, hash from audit_entry where chain_seq = any(?)",
				(ResultSet row) -> {
					// live rows come last and win over their archived copies
					current.put(row.getLong(1), new String[] { row.getString(2), row.getString(3) });
				}, seqs, seqs);
		for (AuditAnchors.Anchor anchor : kept) {
			String[] found = current.get(anchor.seq());
			String keptOn = KEPT_ON.format(anchor.keptAt());
			if (found == null) {
				walk.broken(null, anchor.seq(), "在 " + keptOn + " 留存于数据库之外的锚点记录已不存在（链尾被截去）");
				return;
			}
			if (!found[1].equals(anchor.hash())) {
				walk.broken(Long.valueOf(found[0]), anchor.seq(), "与 " + keptOn + " 留存于数据库之外的锚点哈希不符（此前的记录被改写并重算了哈希）");
				return;
			}
		}
	}

	/**
	 * Where the chain in the live table starts: at the genesis, or after the archived
	 * record that precedes it when archived records were later removed by a DBA.
	 */
	private Previous startingPrevious() {
		Long first = this.client.sql("select min(chain_seq) from audit_entry").query(Long.class).single();
		if (first == null || first == 1) {
			return new Previous(0, GENESIS);
		}
		String hash = this.client.sql("select hash from audit_entry_archive where chain_seq = :seq")
			.param("seq", first - 1)
			.query(String.class)
			.optional()
			.orElse(null);
		return new Previous(first - 1, hash);
	}

	private record Previous(long seq, String hash) {
	}

	private static final class Walk {

		private long expectedSeq;

		private String expectedPrev;

		private long count;

		private Long brokenId;

		private Long brokenSeq;

		private String reason;

		Walk(Previous start) {
			this.expectedSeq = start.seq() + 1;
			this.expectedPrev = start.hash();
		}

		void accept(ResultSet row) throws SQLException {
			if (this.brokenId != null) {
				return;
			}
			this.count++;
			long id = row.getLong("id");
			long seq = row.getLong("chain_seq");
			String prev = row.getString("prev_hash");
			String hash = row.getString("hash");
			String recomputed = row.getString("recomputed");
			if (seq != this.expectedSeq) {
				broken(id, seq, "之前缺少第 " + this.expectedSeq + (seq - 1 > this.expectedSeq ? "–" + (seq - 1) : "")
						+ " 条记录（已被删除）");
			}
			else if (this.expectedPrev == null || !this.expectedPrev.equals(prev)) {
				broken(id, seq, "记录的前一哈希与上一条记录不符（链被改接）");
			}
			else if (!hash.equals(recomputed)) {
				broken(id, seq, "记录内容与其哈希不符（记录被修改）");
			}
			this.expectedSeq = seq + 1;
			this.expectedPrev = hash;
		}

		private void broken(Long id, long seq, String why) {
			this.brokenId = id;
			this.brokenSeq = seq;
			this.reason = why;
		}

	}

}
