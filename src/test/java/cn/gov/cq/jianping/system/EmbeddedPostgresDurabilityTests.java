package cn.gov.cq.jianping.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's own cluster acknowledges a commit only once it is on disk: killing every
 * PostgreSQL process in the middle of a burst of single-row commits loses none that the
 * client was told of.
 */
class EmbeddedPostgresDurabilityTests {

	@TempDir
	Path dataDirectory;

	@Test
	void thePersistentClusterSyncsEveryCommit() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(this.dataDirectory, 0, false);
				Connection connection = postgres.getPostgresDatabase().getConnection()) {
			assertThat(setting(connection, "fsync")).isEqualTo("on");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
			assertThat(setting(connection, "full_page_writes")).isEqualTo("on");
		}
	}

	@Test
	void aTemporaryTestClusterKeepsTheFastSettings() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(this.dataDirectory.resolve("tmp"), 0, true);
				Connection connection = postgres.getPostgresDatabase().getConnection()) {
			assertThat(setting(connection, "fsync")).isEqualTo("off");
			assertThat(setting(connection, "synchronous_commit")).isEqualTo("off");
		}
	}

	@Test
	void killingPostgresDuringABurstOfCommitsLosesNoAcknowledgedRow() throws Exception {
		AtomicLong lastAcknowledged = new AtomicLong(0);
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(this.dataDirectory, 0, false);
		long postmaster;
		try (Connection setup = postgres.getPostgresDatabase().getConnection();
				Statement statement = setup.createStatement()) {
			statement.execute("create table burst (id bigint primary key)");
		}
		postmaster = Long.parseLong(Files.readAllLines(this.dataDirectory.resolve("postmaster.pid")).get(0).trim());
		Thread writer = new Thread(() -> {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					PreparedStatement insert = connection.prepareStatement("insert into burst (id) values (?)")) {
				connection.setAutoCommit(true);
				for (long id = 1; id <= 1_000_000; id++) {
					insert.setLong(1, id);
					insert.executeUpdate();
					lastAcknowledged.set(id);
				}
			}
			catch (SQLException expected) {
				// the server was killed under the writer
			}
		});
		writer.start();
		long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (lastAcknowledged.get() < 2_000 && System.nanoTime() < waitUntil) {
			Thread.sleep(20);
		}
		ProcessHandle server = ProcessHandle.of(postmaster).orElseThrow();
		server.descendants().forEach(ProcessHandle::destroyForcibly);
		server.destroyForcibly();
		writer.join(TimeUnit.SECONDS.toMillis(30));
		assertThat(server.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
		long acknowledged = lastAcknowledged.get();
		assertThat(acknowledged).as("commits acknowledged before the kill").isGreaterThanOrEqualTo(2_000);
		closeQuietly(postgres);

		try (EmbeddedPostgres restarted = EmbeddedPostgresLauncher.start(this.dataDirectory, 0, false);
				Connection connection = restarted.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from burst where id <= " + acknowledged)) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getLong(1)).as("acknowledged rows found after restart").isEqualTo(acknowledged);
		}
	}

	/**
	 * Releases the dead server's directory lock; stopping it again fails, as it is gone
	 * already.
	 */
	private static void closeQuietly(EmbeddedPostgres killed) {
		try {
			killed.close();
		}
		catch (Exception alreadyDead) {
			// pg_ctl finds no server to stop
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("show " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

}
