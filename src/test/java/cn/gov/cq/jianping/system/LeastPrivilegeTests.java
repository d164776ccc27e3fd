package cn.gov.cq.jianping.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import cn.gov.cq.jianping.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Least privilege on the embedded cluster (issue 12): the application reads and writes
 * rows as {@code jianping_app}, which owns nothing and cannot change the schema; Flyway's
 * owner migrated it; every role logs in with its password, there is no {@code trust}.
 */
@IntegrationTest
class LeastPrivilegeTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EmbeddedDatabaseConfiguration.SecuredPostgres secured;

	@Test
	void theApplicationWritesRowsAsARoleThatOwnsNothingAndCannotChangeTheSchema() {
		assertThat(this.jdbc.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedRoles.APP_ROLE);
		assertThat(this.jdbc.queryForObject(
				"select rolsuper or rolcreatedb or rolcreaterole or rolbypassrls from pg_roles where rolname = current_user",
				Boolean.class))
			.isFalse();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = current_user",
				Integer.class))
			.as("relations owned by the application's role")
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select tableowner from pg_tables where schemaname = 'public' and tablename = 'flyway_schema_history'",
				String.class))
			.isEqualTo(EmbeddedRoles.OWNER_ROLE);
		// rows, yes
		assertThat(this.jdbc.queryForObject("select count(*) from institution", Integer.class)).isPositive();
		// the schema, no
		assertThatThrownBy(() -> this.jdbc.execute("create table intruder (id int)")).rootCause()
			.hasMessageContaining("permission denied");
		assertThatThrownBy(() -> this.jdbc.execute("alter table institution add column intruder int")).rootCause()
			.hasMessageContaining("must be owner");
		assertThatThrownBy(() -> this.jdbc.execute("drop table institution")).rootCause()
			.hasMessageContaining("must be owner");
		assertThatThrownBy(() -> this.jdbc.execute("create role intruder superuser")).rootCause()
			.hasMessageContaining("permission denied");
	}

	@Test
	void everyRoleOfTheEmbeddedClusterLogsInWithItsPasswordOnly() throws SQLException {
		String url = this.secured.url();
		for (String role : new String[] { EmbeddedRoles.OWNER_ROLE, EmbeddedRoles.APP_ROLE }) {
			assertThatThrownBy(() -> DriverManager.getConnection(url, role, "")).as(role + " without password")
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(() -> DriverManager.getConnection(url, role, "not-the-password"))
				.as(role + " with a wrong password")
				.isInstanceOf(SQLException.class);
		}
		try (Connection app = DriverManager.getConnection(url, EmbeddedRoles.APP_ROLE,
				this.secured.credentials().appPassword());
				Statement sql = app.createStatement();
				ResultSet rows = sql.executeQuery("select current_user")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo(EmbeddedRoles.APP_ROLE);
		}
		try (Connection owner = DriverManager.getConnection(url, EmbeddedRoles.OWNER_ROLE,
				this.secured.credentials().ownerPassword());
				Statement sql = owner.createStatement();
				ResultSet rows = sql.executeQuery(
						"select count(*) from pg_hba_file_rules where auth_method not in ('scram-sha-256', 'reject')")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).as("pg_hba rules that let a role in without its password").isZero();
		}
	}

}
