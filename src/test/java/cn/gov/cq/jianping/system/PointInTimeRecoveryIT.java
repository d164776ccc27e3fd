package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The point-in-time recovery of {@code docs/operations.md}, as written there: a
 * PostgreSQL 17 server archives its WAL with the documented {@code archive_command}, a
 * base backup is taken with the documented {@code pg_basebackup -Ft -z -Xstream}, then
 * {@code docs/ops/pitr-prepare.sh} unpacks it into a new data directory set to replay up
 * to a moment. The recovered server has what was committed after the base backup and
 * before that moment (so the WAL was replayed), and nothing committed after it.
 * pg_basebackup comes from the PostgreSQL 17 client that {@link BackupRestoreIT} uses.
 */
class PointInTimeRecoveryIT {

	private final List<EmbeddedPostgres> started = new ArrayList<>();

	private Path work;

	@AfterEach
	void stop() throws IOException {
		for (EmbeddedPostgres postgres : this.started) {
			postgres.close();
		}
		if (this.work != null) {
			FileSystemUtils.deleteRecursively(this.work);
		}
	}

	@Test
	void aBaseBackupAndTheArchivedWalRecoverToTheMomentAskedAndNoFurther() throws Exception {
		Path bin = BackupRestoreIT.PgClient.locate();
		this.work = Files.createTempDirectory("jianping-pitr-");
		Path work = this.work;
		Path primaryData = work.resolve("primary");
		Path archive = Files.createDirectories(work.resolve("wal"));

		// a cluster as in production, then WAL archiving switched on in its
		// postgresql.conf
		EmbeddedPostgresLauncher.start(primaryData, 0, false).close();
		Files.writeString(primaryData.resolve("postgresql.conf"), """

				wal_level = replica
				archive_mode = on
				archive_command = 'test ! -f "%s/%%f" && cp "%%p" "%s/%%f"'
				""".formatted(archive, archive), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		EmbeddedPostgres primary = start(primaryData);
		JdbcTemplate sql = jdbc(primary);
		sql.execute("create table decision (label text not null)");
		sql.update("insert into decision values ('基础备份之前')");

		Path base = work.resolve("base");
		run(bin.resolve("pg_basebackup").toString(), "-h", "localhost", "-p", String.valueOf(primary.getPort()), "-U",
				"postgres", "-D", base.toString(), "-Ft", "-z", "-Xstream", "--checkpoint=fast");

		sql.update("insert into decision values ('备份之后、目标时刻之前')");
		String target = sql.queryForObject(
				"select to_char(clock_timestamp() at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS.US') || '+08'",
				String.class);
		sql.execute("select pg_sleep(1.2)");
		sql.update("insert into decision values ('目标时刻之后（误操作）')");
		String lastSegment = sql.queryForObject("select pg_walfile_name(pg_switch_wal())", String.class);
		awaitArchived(sql, lastSegment);
		primary.close();
		this.started.remove(primary);

		Path recovered = work.resolve("recovered");
		String prepared = run("bash", "docs/ops/pitr-prepare.sh", base.toString(), archive.toString(), target,
				recovered.toString());
		assertThat(prepared).contains("已设置重放 WAL");
		assertThat(recovered.resolve("recovery.signal")).exists();

		EmbeddedPostgres restored = start(recovered);
		// hot standby lets connections in while the WAL is still replayed: wait for the
		// promotion
		JdbcTemplate recoveredSql = jdbc(restored);
		awaitPromoted(recoveredSql);
		List<String> rows = recoveredSql.queryForList("select label from decision order by label", String.class);
		assertThat(rows).containsExactlyInAnyOrder("基础备份之前", "备份之后、目标时刻之前");

		// the live (here: recovered) data directory is never overwritten
		ProcessBuilder again = new ProcessBuilder("bash", "docs/ops/pitr-prepare.sh", base.toString(),
				archive.toString(), target, recovered.toString())
			.redirectErrorStream(true);
		Process refused = again.start();
		String output = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(refused.waitFor(1, TimeUnit.MINUTES)).isTrue();
		assertThat(refused.exitValue()).as(output).isEqualTo(4);
		assertThat(output).contains("拒绝覆盖");
	}

	private EmbeddedPostgres start(Path data) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(data, 0, false);
		this.started.add(postgres);
		return postgres;
	}

	private static JdbcTemplate jdbc(EmbeddedPostgres postgres) throws SQLException {
		Connection connection = DriverManager
			.getConnection("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
		return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

	private static void awaitPromoted(JdbcTemplate sql) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			if (!sql.queryForObject("select pg_is_in_recovery()", Boolean.class)) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("the recovered server was not promoted within 60 s");
	}

	private static void awaitArchived(JdbcTemplate sql, String segment) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			String last = sql.queryForObject("select coalesce(last_archived_wal, '') from pg_stat_archiver",
					String.class);
			if (last.compareTo(segment) >= 0) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("WAL " + segment + " was not archived within 60 s");
	}

	private static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
		System.out.print(output);
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
		return output;
	}

}
