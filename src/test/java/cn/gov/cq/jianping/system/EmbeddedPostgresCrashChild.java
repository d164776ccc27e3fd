package cn.gov.cq.jianping.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in its own JVM by {@link EmbeddedPostgresCrashRecoveryTests}: starts the embedded
 * server, commits a row, says READY, and waits to be killed with SIGKILL.
 */
public final class EmbeddedPostgresCrashChild {

	private EmbeddedPostgresCrashChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Path.of(args[0]), 0, false);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists survivor (note text)");
			statement.execute("insert into survivor values ('" + args[1] + "')");
		}
		System.out.println("READY");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
