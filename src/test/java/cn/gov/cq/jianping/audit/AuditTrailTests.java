package cn.gov.cq.jianping.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail is append-only for the application (grants and triggers), chained by
 * SHA-256 so that one changed or removed record is found by the chain check, and kept
 * past the retention by archiving, never by deleting.
 */
@IntegrationTest
class AuditTrailTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChain chain;

	@Autowired
	AuditRetention retention;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private JdbcTemplate app() {
		return new JdbcTemplate(this.dataSource);
	}

	/** The schema owner (Flyway's connection), who may disable a trigger to tamper. */
	private JdbcTemplate owner() {
		return new JdbcTemplate(this.flyway.getConfiguration().getDataSource());
	}

	private long record(String action, String detail) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult(status -> this.auditLog.record("tester", action, "TEST", null, detail));
		return app().queryForObject("select max(id) from audit_entry where action = ?", Long.class, action);
	}

	@Test
	void theApplicationsDatabaseRoleCannotUpdateDeleteOrTruncateAuditOrLoginRecords() {
		record("追加测试", "原文");
		assertThat(app().queryForObject("select current_user", String.class)).isEqualTo("jianping_app");
		for (String table : List.of("audit_entry", "login_record", "audit_entry_archive", "audit_chain_check")) {
			assertThat(app().queryForObject("select has_table_privilege(?, 'UPDATE')", Boolean.class, table)).as(table)
				.isFalse();
			assertThat(app().queryForObject("select has_table_privilege(?, 'DELETE')", Boolean.class, table)).as(table)
				.isFalse();
			assertThat(app().queryForObject("select has_table_privilege(?, 'INSERT')", Boolean.class, table)).as(table)
				.isTrue();
		}
		assertThatThrownBy(() -> app().update("update audit_entry set detail = '改过' where action = '追加测试'")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> app().update("delete from audit_entry where action = '追加测试'")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> app().update("delete from login_record")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> app().execute("truncate audit_entry")).rootCause()
			.hasMessageContaining("permission denied");
		assertThat(app().queryForObject("select count(*) from audit_entry where action = '追加测试' and detail = '原文'",
				Long.class))
			.isEqualTo(1);
	}

	@Test
	void theTriggersRefuseChangesEvenToTheOwner() {
		record("触发器测试", "原文");
		app().update("insert into login_record (username, outcome, occurred_at) values ('tester', 'SUCCESS', now())");
		assertThatThrownBy(() -> owner().update("update audit_entry set detail = '改过' where action = '触发器测试'"))
			.rootCause()
			.hasMessageContaining("审计记录只能追加");
		assertThatThrownBy(() -> owner().update("delete from audit_entry where action = '触发器测试'")).rootCause()
			.hasMessageContaining("审计记录只能追加");
		assertThatThrownBy(() -> owner().update("delete from login_record")).rootCause()
			.hasMessageContaining("审计记录只能追加");
		assertThatThrownBy(() -> owner().execute("truncate audit_entry")).rootCause().hasMessageContaining("审计记录只能追加");
		assertThatThrownBy(() -> owner().execute("truncate login_record")).rootCause().hasMessageContaining("审计记录只能追加");
	}

	@Test
	void everyRecordCarriesTheHashOfThePreviousOne() {
		long first = record("链测试", "第一条");
		long second = record("链测试", "第二条");
		Map<String, Object> a = app().queryForMap("select chain_seq, hash from audit_entry where id = ?", first);
		Map<String, Object> b = app()
			.queryForMap("select chain_seq, prev_hash, hash, result from audit_entry where id = ?", second);
		assertThat((Long) b.get("chain_seq")).isEqualTo((Long) a.get("chain_seq") + 1);
		assertThat(b.get("prev_hash")).isEqualTo(a.get("hash"));
		assertThat((String) b.get("hash")).hasSize(64).isNotEqualTo(a.get("hash"));
		assertThat(b.get("result")).isEqualTo("成功");
		assertThat(this.chain.verify().intact()).isTrue();
	}

	/**
	 * As a superuser could: change one record and recompute the hash of it and of every
	 * later record, so the chain is consistent in itself.
	 */
	private void rewriteFrom(long victim, String detail) {
		owner().update("""
				do $$
				declare
					r record;
					prev varchar(64);
					seq bigint := (select chain_seq from audit_entry where id = %d);
				begin
					update audit_entry set detail = '%s' where id = %d;
					select hash into prev from audit_entry where chain_seq = seq - 1;
					for r in select id from audit_entry where chain_seq >= seq order by chain_seq loop
						update audit_entry set prev_hash = prev where id = r.id;
						update audit_entry a set hash = audit_entry_digest(a.prev_hash, a) where id = r.id
							returning hash into prev;
					end loop;
				end $$""".formatted(victim, detail, victim));
	}

	@Test
	void aWholeChainRewrittenAfterTheLastCheckIsFoundByTheHashKeptOutsideTheDatabase() {
		long victim = record("整链改写测试", "核准总分 70 分");
		record("整链改写测试", "之后的记录");
		AuditChain.Check before = this.chain.verify();
		assertThat(before.intact()).isTrue();
		long anchored = app().queryForObject("select max(chain_seq) from audit_entry where action = '整链改写测试'",
				Long.class);
		JdbcTemplate owner = owner();
		owner.execute("alter table audit_entry disable trigger audit_entry_append_only");
		try {
			rewriteFrom(victim, "核准总分 92 分");
			// consistent in itself: only the kept hash tells
			assertThat(app().queryForObject(
					"select bool_and(hash = audit_entry_digest(prev_hash, a)) from audit_entry a where id >= ?",
					Boolean.class, victim))
				.isTrue();
			AuditChain.Check check = this.chain.verify();
			assertThat(check.intact()).isFalse();
			assertThat(check.reason()).contains("锚点哈希不符");
			assertThat(check.firstBrokenSeq()).isGreaterThanOrEqualTo(anchored);
			assertThat(check.where()).startsWith("第 " + check.firstBrokenSeq() + " 条（记录编号 ");
		}
		finally {
			rewriteFrom(victim, "核准总分 70 分");
			owner.execute("alter table audit_entry enable trigger audit_entry_append_only");
		}
		// the original content gives back the original hashes, which match what was kept
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void tamperingWithOneRecordIsReportedAtThatRecord() {
		long victim = record("篡改测试", "核准总分 80 分");
		record("篡改测试", "之后的记录");
		assertThat(this.chain.verify().intact()).isTrue();
		JdbcTemplate owner = owner();
		owner.execute("alter table audit_entry disable trigger audit_entry_append_only");
		try {
			owner.update("update audit_entry set detail = '核准总分 95 分' where id = ?", victim);
			AuditChain.Check check = this.chain.verify();
			assertThat(check.intact()).isFalse();
			assertThat(check.firstBrokenId()).isEqualTo(victim);
			assertThat(check.reason()).contains("记录被修改");
			assertThat(this.chain.latest()).get().extracting(AuditChain.Check::firstBrokenId).isEqualTo(victim);
			assertThat(app().queryForObject(
					"select count(*) from audit_entry where action = '校验审计记录完整性' and result = '失败'", Long.class))
				.isPositive();
		}
		finally {
			owner.update("update audit_entry set detail = '核准总分 80 分' where id = ?", victim);
			owner.execute("alter table audit_entry enable trigger audit_entry_append_only");
		}
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void concurrentInsertsChainInTurn() throws Exception {
		long before = app().queryForObject("select count(*) from audit_entry", Long.class);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int t = 0; t < 4; t++) {
				int thread = t;
				runs.add(pool.submit(() -> {
					for (int i = 0; i < 10; i++) {
						record("并发测试", "线程 " + thread + " 第 " + i + " 条");
					}
				}));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(app().queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(before + 40);
		assertThat(app().queryForObject("select max(chain_seq) - min(chain_seq) + 1 = count(*) from audit_entry",
				Boolean.class))
			.isTrue();
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void recordsOlderThanTheRetentionAreArchivedWithTheirHashesAndStay() {
		this.clock.advance(Duration.ofDays(-200));
		long old = record("保存期测试", "两百天前");
		this.clock.reset();
		this.clock.advance(Duration.ofDays(-100));
		long recent = record("保存期测试", "一百天前");
		this.clock.reset();

		assertThat(this.retention.retentionDays()).isEqualTo(184);
		assertThat(this.retention.archive()).isPositive();
		assertThat(app().queryForObject("select a.hash = x.hash from audit_entry a join audit_entry_archive x"
				+ " on x.id = a.id where a.id = ?", Boolean.class, old))
			.isTrue();
		assertThat(app().queryForObject("select count(*) from audit_entry_archive where id = ?", Long.class, recent))
			.isZero();
		// never deleted: the archived record is still in the live table, the chain intact
		assertThat(app().queryForObject("select count(*) from audit_entry where id = ?", Long.class, old)).isEqualTo(1);
		assertThat(this.retention.archive()).isZero();
		assertThat(this.chain.verify().intact()).isTrue();
	}

	@Test
	void aRetentionBelowSixMonthsIsRaisedToTheMinimum() {
		assertThat(AuditRetention.effectiveDays(30)).isEqualTo(184);
		assertThat(AuditRetention.effectiveDays(184)).isEqualTo(184);
		assertThat(AuditRetention.effectiveDays(365)).isEqualTo(365);
	}

}
