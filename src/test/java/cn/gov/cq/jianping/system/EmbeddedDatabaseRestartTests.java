package cn.gov.cq.jianping.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The second start on the app's own data directory: the first start switched the cluster
 * to password authentication, so the next start must log in with the kept owner password
 * (zonky's readiness check included) and find what the first run stored. Without it the
 * start waited a minute and gave up, and the README's command worked only once.
 */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aSecuredClusterStartsAgainOnItsDataDirectoryWithItsRowsAndPasswords() throws Exception {
		EmbeddedRoles.Credentials credentials = EmbeddedRoles.credentials(this.dataDirectory, false);
		try (EmbeddedPostgres first = EmbeddedPostgresLauncher.start(this.dataDirectory, 0, false,
				credentials.ownerPassword())) {
			EmbeddedRoles.secure(first, this.dataDirectory, credentials);
			try (Connection owner = DriverManager.getConnection(url(first), EmbeddedRoles.OWNER_ROLE,
					credentials.ownerPassword()); Statement sql = owner.createStatement()) {
				sql.execute("create table kept (note text)");
				sql.execute("insert into kept values ('第一次启动')");
			}
		}

		EmbeddedRoles.Credentials again = EmbeddedRoles.credentials(this.dataDirectory, false);
		assertThat(again).isEqualTo(credentials);
		try (EmbeddedPostgres second = EmbeddedPostgresLauncher.start(this.dataDirectory, 0, false,
				again.ownerPassword())) {
			EmbeddedRoles.secure(second, this.dataDirectory, again);
			try (Connection owner = DriverManager.getConnection(url(second), EmbeddedRoles.OWNER_ROLE,
					again.ownerPassword());
					Statement sql = owner.createStatement();
					ResultSet rows = sql.executeQuery("select note from kept")) {
				assertThat(rows.next()).isTrue();
				assertThat(rows.getString(1)).isEqualTo("第一次启动");
			}
			try (Connection app = DriverManager.getConnection(url(second), EmbeddedRoles.APP_ROLE,
					again.appPassword())) {
				assertThat(app.isValid(2)).isTrue();
			}
			assertThatThrownBy(() -> DriverManager.getConnection(url(second), EmbeddedRoles.OWNER_ROLE, "wrong"))
				.hasMessageContaining("password authentication failed");
		}
	}

	private static String url(EmbeddedPostgres postgres) {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
	}

}
