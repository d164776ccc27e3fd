package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.gov.cq.jianping.JianpingApplication;
import cn.gov.cq.jianping.publicity.ObjectionFiling;
import cn.gov.cq.jianping.publicity.ObjectionForm;
import cn.gov.cq.jianping.publicity.model.IdNumber;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly backup restores (docs/operations.md, 备份与恢复): the application runs on one
 * PostgreSQL 17 cluster with the demo data and a freshly filed objection (ID and phone
 * number encrypted); {@code docs/ops/backup.sh} dumps it (custom format) and prunes old
 * dumps; {@code docs/ops/restore.sh} restores the dump into a database on a second,
 * freshly initialised cluster, and a second application started there with the same
 * {@code JIANPING_CRYPTO_KEY} finds every table with the same number of rows and opens
 * every encrypted field. The restore script refuses to restore over a database that
 * already has tables.
 *
 * <p>
 * pg_dump must be of the server's major version (17) or newer: it is taken from
 * {@code JIANPING_PG_BIN}, a PostgreSQL 17 client installed by the system or the one
 * {@code .ci/pg-client-17} unpacks (as {@code .ci/run} does).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreIT {

	private static final String APP_ROLE = "jianping_app";

	private static final String RESTORED_DATABASE = "jianping_restored";

	private static final String ID_NUMBER = "50011219900307123" + IdNumber.checkCharacter("50011219900307123");

	private static final String PHONE = "13900001111";

	private final String key = newKey();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final List<AutoCloseable> started = new ArrayList<>();

	private Path pgBin;

	private Path work;

	@BeforeAll
	void findClient() throws IOException {
		this.pgBin = PgClient.locate();
		this.work = Files.createTempDirectory("jianping-backup-");
	}

	@AfterAll
	void stop() throws Exception {
		for (int i = this.started.size() - 1; i >= 0; i--) {
			this.started.get(i).close();
		}
	}

	@Test
	void aNightlyDumpRestoredIntoAFreshClusterStartsTheAppWithEveryRowAndEveryEncryptedFieldReadable()
			throws Exception {
		// 1. The running system: demo data, and one more objection filed through the
		// service.
		EmbeddedPostgres source = cluster("source");
		execute(source.getPort(), "postgres", "create role " + APP_ROLE + " login");
		ConfigurableApplicationContext live = app(source.getPort(), "postgres", true);
		Long entryId = live.getBean(JdbcTemplate.class)
			.queryForObject("select min(id) from publicity_entry where status = 'UNDER_NOTICE'", Long.class);
		assertThat(entryId).as("the demo data has an entry under notice").isNotNull();
		String receipt = live.getBean(ObjectionFiling.class)
			.file(new ObjectionForm(entryId, "PERSON", "钱备份", ID_NUMBER, PHONE, null, null, null,
					"恢复演练用的异议：考场监考人员不足，请予核查。", true, true), List.of());
		live.close();
		this.started.remove(live);
		Map<String, Long> before = rowCounts(source.getPort(), "postgres");
		assertThat(before.get("objection")).as("the demo objection and ours").isGreaterThanOrEqualTo(2);
		assertThat(before.get("institution")).isGreaterThanOrEqualTo(50);
		assertThat(before.get("crypto_key")).isEqualTo(1);

		// 2. The nightly backup, with dumps of earlier nights in the folder.
		Path backups = Files.createDirectories(this.work.resolve("backups"));
		Path expired = oldFile(backups.resolve("jianping-postgres-20261101-023000.dump"), 10);
		Path kept = oldFile(backups.resolve("jianping-postgres-20261129-023000.dump"), 2);
		Path otherFile = oldFile(backups.resolve("notes.txt"), 30);
		Path otherDatabase = oldFile(backups.resolve("jianping-other-20261101-023000.dump"), 10);
		long backupStart = System.nanoTime();
		Run backup = script("docs/ops/backup.sh", source.getPort(),
				Map.of("PGDATABASE", "postgres", "BACKUP_DIR", backups.toString(), "KEEP_DAYS", "7"));
		long backupMillis = Duration.ofNanos(System.nanoTime() - backupStart).toMillis();
		assertThat(backup.exitCode()).as(backup.output()).isZero();
		List<Path> dumps;
		try (Stream<Path> files = Files.list(backups)) {
			dumps = files.filter(f -> f.getFileName().toString().matches("jianping-postgres-\\d{8}-\\d{6}\\.dump"))
				.filter(f -> !f.equals(kept))
				.toList();
		}
		assertThat(dumps).as("tonight's dump").hasSize(1);
		Path dump = dumps.get(0);
		assertThat(Files.readAllBytes(dump)).as("pg_dump custom format").startsWith("PGDMP".getBytes());
		assertThat(expired).as("older than KEEP_DAYS: deleted").doesNotExist();
		assertThat(kept).as("within KEEP_DAYS: kept").exists();
		// the roles, which the database dump leaves out, beside it
		List<Path> globals;
		try (Stream<Path> files = Files.list(backups)) {
			globals = files.filter(f -> f.getFileName().toString().matches("jianping-globals-\\d{8}-\\d{6}\\.sql"))
				.toList();
		}
		assertThat(globals).as("tonight's roles").hasSize(1);
		assertThat(Files.readString(globals.get(0))).contains("CREATE ROLE " + APP_ROLE);
		assertThat(otherFile).as("not a dump: untouched").exists();
		assertThat(otherDatabase).as("another database's dump: untouched").exists();

		// 3. A fresh cluster, as on a replacement server: no application tables yet.
		EmbeddedPostgres target = cluster("target");
		assertThat(rowCounts(target.getPort(), "postgres")).isEmpty();
		long restoreStart = System.nanoTime();
		Run restore = script("docs/ops/restore.sh", target.getPort(), Map.of(), dump.toString(), RESTORED_DATABASE);
		long restoreMillis = Duration.ofNanos(System.nanoTime() - restoreStart).toMillis();
		assertThat(restore.exitCode()).as(restore.output()).isZero();
		Map<String, Long> after = rowCounts(target.getPort(), RESTORED_DATABASE);
		assertThat(after).as("every table, every row").isEqualTo(before);
		System.out.printf("backup: %d tables, %d rows, dump %d KB in %d ms; restore %d ms%n", before.size(),
				before.values().stream().mapToLong(Long::longValue).sum(), Files.size(dump) / 1024, backupMillis,
				restoreMillis);

		// Restoring again over the restored database is refused, and nothing changes.
		Run again = script("docs/ops/restore.sh", target.getPort(), Map.of(), dump.toString(), RESTORED_DATABASE);
		assertThat(again.exitCode()).as(again.output()).isEqualTo(4);
		assertThat(again.output()).contains("拒绝覆盖");
		assertThat(rowCounts(target.getPort(), RESTORED_DATABASE)).isEqualTo(before);
		// A file that is no dump is refused before any database is made.
		Run notADump = script("docs/ops/restore.sh", target.getPort(), Map.of(), otherFile.toString(),
				"jianping_other");
		assertThat(notADump.exitCode()).as(notADump.output()).isEqualTo(3);
		assertThat(notADump.output()).contains("无法读取备份文件");
		try (Connection connection = connect(target.getPort(), "postgres");
				Statement sql = connection.createStatement();
				ResultSet rows = sql
					.executeQuery("select count(*) from pg_database where datname = 'jianping_other'")) {
			rows.next();
			assertThat(rows.getInt(1)).as("no database made").isZero();
		}

		// 4. The application on the restored database, with the same key, as its own
		// role.
		ConfigurableApplicationContext restored = app(target.getPort(), RESTORED_DATABASE, false);
		HttpResponse<String> readiness = this.http.send(
				HttpRequest.newBuilder(uri(restored, "/actuator/health/readiness")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(readiness.statusCode()).as(readiness.body()).isEqualTo(200);
		assertThat(readiness.body()).contains("UP");
		assertThat(restored.getBean(ObjectionFiling.class).status(receipt, PHONE))
			.as("the objector finds the objection with the phone number (decrypted)")
			.isPresent();
		assertThat(restored.getBean(ObjectionFiling.class).status(receipt, "13900002222")).isEmpty();
		Object cipher = restored.getBean(Class.forName("cn.gov.cq.jianping.publicity.PersonalDataCipher"));
		int opened = 0;
		try (Connection connection = connect(target.getPort(), RESTORED_DATABASE);
				Statement sql = connection.createStatement();
				ResultSet rows = sql
					.executeQuery("select receipt_number, id_number_enc, phone_enc from objection order by id")) {
			while (rows.next()) {
				for (String column : new String[] { "id_number_enc", "phone_enc" }) {
					String stored = rows.getString(column);
					if (stored == null) {
						continue;
					}
					Optional<String> plain = ReflectionTestUtils.invokeMethod(cipher, "tryDecrypt", stored);
					assertThat(plain).as(rows.getString("receipt_number") + " " + column).isPresent();
					opened++;
					if (receipt.equals(rows.getString("receipt_number"))) {
						assertThat(stored).as("stored encrypted").doesNotContain(ID_NUMBER).doesNotContain(PHONE);
						assertThat(plain).contains(column.startsWith("id") ? ID_NUMBER : PHONE);
					}
				}
			}
		}
		assertThat(opened).as("encrypted fields opened").isGreaterThanOrEqualTo(4);
		System.out.println("restored application opened " + opened + " encrypted fields");
	}

	private EmbeddedPostgres cluster(String name) throws IOException {
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Files.createTempDirectory("jianping-" + name + "-"),
				0, true);
		this.started.add(postgres);
		return postgres;
	}

	/**
	 * One application node as in production: Flyway as the owner, the application as its
	 * row-only role, the key from configuration.
	 */
	private ConfigurableApplicationContext app(int port, String database, boolean demo) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(JianpingApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/" + database,
				"--spring.datasource.username=" + APP_ROLE, "--spring.flyway.user=postgres",
				"--jianping.crypto.key=" + this.key, "--jianping.demo=" + demo, "--jianping.captcha.enabled=false",
				"--jianping.embedded-db.data-dir=" + this.work.resolve("data-" + port));
		this.started.add(context);
		return context;
	}

	private Run script(String script, int port, Map<String, String> env, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", script));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment()
			.putAll(Map.of("PGHOST", "localhost", "PGPORT", String.valueOf(port), "PGUSER", "postgres", "PG_BIN",
					this.pgBin.toString()));
		builder.environment().putAll(env);
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(script + " finished").isTrue();
		System.out.print(output);
		return new Run(process.exitValue(), output);
	}

	private record Run(int exitCode, String output) {
	}

	/** Rows per table of the application's schema. */
	private static Map<String, Long> rowCounts(int port, String database) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = connect(port, database); Statement sql = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rows = sql.executeQuery("""
					select table_name from information_schema.tables
					where table_schema = 'public' and table_type = 'BASE TABLE' order by 1""")) {
				while (rows.next()) {
					tables.add(rows.getString(1));
				}
			}
			for (String table : tables) {
				try (ResultSet rows = sql.executeQuery("select count(*) from public.\"" + table + "\"")) {
					rows.next();
					counts.put(table, rows.getLong(1));
				}
			}
		}
		return counts;
	}

	private static void execute(int port, String database, String statement) throws SQLException {
		try (Connection connection = connect(port, database); Statement sql = connection.createStatement()) {
			sql.execute(statement);
		}
	}

	private static Connection connect(int port, String database) throws SQLException {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
	}

	private static Path oldFile(Path file, int daysOld) throws IOException {
		Files.writeString(file, "earlier night");
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofDays(daysOld))));
		return file;
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http" + "://localhost:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

	/** Finds pg_dump and pg_restore of major version 17 or newer. */
	static final class PgClient {

		private PgClient() {
		}

		static Path locate() {
			Map<String, String> tried = new LinkedHashMap<>();
			List<String> candidates = new ArrayList<>();
			Optional.ofNullable(System.getProperty("jianping.pg-bin")).ifPresent(candidates::add);
			Optional.ofNullable(System.getenv("JIANPING_PG_BIN")).ifPresent(candidates::add);
			candidates.add("/usr/lib/postgresql/17/bin");
			candidates.add("/opt/jianping/pg-client-17/bin");
			candidates.add(System.getProperty("user.home") + "/.cache/jianping/pg-client-17/bin");
			for (String candidate : candidates) {
				Path bin = Path.of(candidate);
				String version = version(bin.resolve("pg_dump"));
				tried.put(candidate, version);
				if (major(version) >= 17 && Files.isExecutable(bin.resolve("pg_restore"))) {
					return bin;
				}
			}
			throw new IllegalStateException("需要 PostgreSQL 17 的 pg_dump/pg_restore（内置服务器为 17）：运行 .ci/pg-client-17，"
					+ "或安装 postgresql-client-17 后设置 JIANPING_PG_BIN。已查找：" + tried);
		}

		private static String version(Path pgDump) {
			if (!Files.isExecutable(pgDump)) {
				return "（不存在）";
			}
			try {
				Process process = new ProcessBuilder(pgDump.toString(), "--version").redirectErrorStream(true).start();
				String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
				process.waitFor(30, TimeUnit.SECONDS);
				return out;
			}
			catch (IOException ex) {
				return ex.getMessage();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return ex.getMessage();
			}
		}

		private static int major(String version) {
			Matcher matcher = Pattern.compile("\\(PostgreSQL\\) (\\d+)").matcher(version);
			return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
		}

	}

}
