package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Least privilege on the embedded cluster: Flyway runs as the cluster's owner
 * {@code postgres}, the application as {@value #APP_ROLE}, which may only read and write
 * rows (grants by the {@code afterMigrate} callback); both log in with a password
 * (scram-sha-256, no {@code trust}). The passwords are generated once and kept beside the
 * data directory, readable by its owner only.
 */
final class EmbeddedRoles {

	static final String OWNER_ROLE = "postgres";

	static final String APP_ROLE = "jianping_app";

	/** The two passwords of the embedded cluster. */
	record Credentials(String ownerPassword, String appPassword) {
	}

	private EmbeddedRoles() {
	}

	/**
	 * The passwords of the cluster on {@code dataDirectory}: new ones for a temporary
	 * cluster, else those kept beside the data directory (made on first use). They are
	 * needed before the server starts: a cluster secured on an earlier run answers only
	 * with a password, zonky's readiness check included.
	 */
	static Credentials credentials(Path dataDirectory, boolean temporary) {
		return temporary ? new Credentials(random(), random()) : load(credentialsFile(dataDirectory));
	}

	/**
	 * Sets the passwords and the application role, then switches the cluster from zonky's
	 * {@code trust} to password authentication and reloads it.
	 */
	static Credentials secure(EmbeddedPostgres postgres, Path dataDirectory, Credentials credentials) {
		Path file = credentialsFile(dataDirectory);
		String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
		try (Connection connection = DriverManager.getConnection(url, OWNER_ROLE, credentials.ownerPassword());
				Statement sql = connection.createStatement()) {
			sql.execute("alter role " + OWNER_ROLE + " password '" + credentials.ownerPassword() + "'");
			sql.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + APP_ROLE
					+ "') then create role " + APP_ROLE + " login; end if; end $$");
			sql.execute("alter role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole password '"
					+ credentials.appPassword() + "'");
			sql.execute("revoke create on schema public from public");
			Path hba = dataDirectory.resolve("pg_hba.conf");
			Files.writeString(hba, """
					# jianping: password authentication only (EmbeddedRoles)
					local   all   all                 scram-sha-256
					host    all   all   127.0.0.1/32  scram-sha-256
					host    all   all   ::1/128       scram-sha-256
					""", StandardCharsets.UTF_8);
			sql.execute("select pg_reload_conf()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法设置内置数据库的角色与口令（" + file + "）：" + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return credentials;
	}

	private static Path credentialsFile(Path dataDirectory) {
		return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-credentials.properties");
	}

	private static Credentials load(Path file) {
		Properties properties = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(in);
				}
			}
			if (properties.getProperty("owner") == null || properties.getProperty("app") == null) {
				properties.setProperty("owner", random());
				properties.setProperty("app", random());
				// on a fresh clone the data folder does not exist yet: the passwords come
				// first
				Files.createDirectories(file.toAbsolutePath().getParent());
				try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
					properties.store(out,
							"jianping embedded PostgreSQL passwords (owner: postgres, app: jianping_app)");
				}
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ex) {
					// not a POSIX file system
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Credentials(properties.getProperty("owner"), properties.getProperty("app"));
	}

	private static String random() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
