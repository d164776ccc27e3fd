package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * Starts the embedded PostgreSQL on a persistent data directory, first stopping a server
 * that a killed JVM left running on it, so that a crash never locks the data away.
 */
final class EmbeddedPostgresLauncher {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static final Duration STALE_SERVER_STOP_TIMEOUT = Duration.ofSeconds(30);

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * Starts the server on {@code dataDirectory}. A {@code temporary} cluster (deleted on
	 * close, as the tests use) keeps zonky's fast settings; every other one syncs each
	 * commit to disk before it is acknowledged: zonky passes {@code -F} (fsync off) and
	 * {@code synchronous_commit=off} by default, which lost thousands of confirmed
	 * commits when PostgreSQL was killed mid-burst.
	 */
	static EmbeddedPostgres start(Path dataDirectory, int port, boolean temporary) throws IOException {
		return start(dataDirectory, port, temporary, null);
	}

	/**
	 * Starts the server with zonky's readiness check logging in as the owner with
	 * {@code ownerPassword}: once {@link EmbeddedRoles} has switched the cluster to
	 * password authentication, a check without it never gets in and the start gives up. A
	 * fresh cluster still trusts local logins and ignores the password.
	 */
	static EmbeddedPostgres start(Path dataDirectory, int port, boolean temporary, String ownerPassword)
			throws IOException {
		Files.createDirectories(dataDirectory);
		stopStaleServer(dataDirectory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(temporary)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("timezone", TimeConfiguration.ZONE_ID)
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("encoding", "UTF8");
		if (!temporary) {
			// "-c fsync=on" comes after zonky's "-F" on the command line, and the later
			// setting wins.
			builder.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		if (port > 0) {
			builder.setPort(port);
		}
		if (ownerPassword != null) {
			builder.setConnectConfig("password", ownerPassword);
		}
		return builder.start();
	}

	/**
	 * After {@code kill -9} of the JVM its postmaster keeps running and holds the data
	 * directory. Line 1 of {@code postmaster.pid} names it; a smart shutdown lets it
	 * finish its checkpoint, so nothing committed is lost.
	 */
	static void stopStaleServer(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		Optional<Long> pid = readPid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(EmbeddedPostgresLauncher::isPostgres);
		if (process.isEmpty()) {
			log.info("数据目录 {} 中的 postmaster.pid 已过期（进程 {} 不存在），PostgreSQL 将自行恢复", dataDirectory, pid.get());
			return;
		}
		log.warn("发现上次未正常退出时遗留的 PostgreSQL 进程 {}，正在停止后重新启动", pid.get());
		ProcessHandle server = process.get();
		server.destroy();
		if (!waitForExit(server, STALE_SERVER_STOP_TIMEOUT)) {
			log.warn("PostgreSQL 进程 {} 未在 {} 秒内停止，强制结束", pid.get(), STALE_SERVER_STOP_TIMEOUT.toSeconds());
			server.destroyForcibly();
			waitForExit(server, STALE_SERVER_STOP_TIMEOUT);
		}
	}

	private static boolean waitForExit(ProcessHandle process, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (process.isAlive() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return !process.isAlive();
	}

	private static Optional<Long> readPid(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			log.warn("无法读取 {}: {}", pidFile, ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Recognises a postgres process by its command, so a recycled PID is never killed.
	 */
	private static boolean isPostgres(ProcessHandle handle) {
		return handle.info().command().map(command -> command.endsWith("postgres")).orElse(false);
	}

}
