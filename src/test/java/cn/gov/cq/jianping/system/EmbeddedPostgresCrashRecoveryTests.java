package cn.gov.cq.jianping.system;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After {@code kill -9} of the JVM its postgres keeps the data directory; the next start
 * must stop it and come up with every committed row.
 */
class EmbeddedPostgresCrashRecoveryTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aStartAfterTheJvmWasKilledRecoversTheDataLeftBehind() throws Exception {
		Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
				EmbeddedPostgresCrashChild.class.getName(), this.dataDirectory.toString(), "提交后被强杀")
			.redirectErrorStream(true)
			.start();
		List<String> output = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null && !line.equals("READY")) {
				output.add(line);
			}
			assertThat(line).as("child output: %s", output).isEqualTo("READY");
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		assertThat(pidFile).exists();
		long orphan = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("postgres outlives the killed JVM")
			.contains(true);

		try (EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(this.dataDirectory, 0, false);
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select note from survivor")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("提交后被强杀");
			assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		}
	}

	private static String javaBinary() {
		return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
	}

}
