package cn.gov.cq.jianping.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * After every migration, as the owner that ran it: the application's role
 * ({@code JIANPING_DB_APP_ROLE}, default {@code jianping_app}) may read and write the
 * rows of every table and use the sequences and functions, nothing more (no DDL; it owns
 * nothing). Tables whose rows must never change once written are listed in
 * {@link #APPEND_ONLY}: the role may insert and read them only. When Flyway runs as the
 * application's role itself (a single-role setup), nothing is granted.
 */
@Component
class AppRoleGrants implements Callback {

	private static final Logger log = LoggerFactory.getLogger(AppRoleGrants.class);

	/**
	 * Append-only tables: no UPDATE, DELETE or TRUNCATE for the application — the audit
	 * trail, the login records, their archive and the chain checks (等保 level 3; V176 adds
	 * triggers that refuse the same to everyone). Add a table here and every node's next
	 * start revokes.
	 */
	static final List<String> APPEND_ONLY = List.of("audit_entry", "login_record", "audit_entry_archive",
			"audit_chain_check");

	/** Serialises the grants of nodes that migrate together (an advisory lock). */
	static final long GRANT_LOCK_KEY = 2021_33_02L;

	private final String appRole;

	AppRoleGrants(@Value("${jianping.db.app-role:jianping_app}") String appRole) {
		this.appRole = appRole;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		Connection connection = context.getConnection();
		try {
			if (!roleExists(connection) || this.appRole.equals(connection.getMetaData().getUserName())) {
				return;
			}
			String role = quote(this.appRole);
			List<String> grants = new ArrayList<>(List.of("grant usage on schema public to " + role,
					"grant select, insert, update, delete on all tables in schema public to " + role,
					"grant usage, select on all sequences in schema public to " + role,
					"grant execute on all functions in schema public to " + role));
			for (String table : APPEND_ONLY) {
				grants.add("revoke update, delete, truncate on " + quote(table) + " from " + role);
			}
			try (Statement sql = connection.createStatement()) {
				// Flyway calls this after its own lock is released, so two nodes starting
				// together would grant at the same time, and concurrent GRANTs on one
				// table fail with "tuple concurrently updated": one node at a time, until
				// its grants are committed.
				boolean inTransaction = !connection.getAutoCommit();
				sql.execute("select pg_advisory" + (inTransaction ? "_xact" : "") + "_lock(" + GRANT_LOCK_KEY + ")");
				try {
					for (String grant : grants) {
						sql.execute(grant);
					}
				}
				finally {
					if (!inTransaction) {
						unlock(sql);
					}
				}
			}
			log.info("已授予应用角色 {} 数据读写权限（不含建表、改表）", this.appRole);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("无法为应用角色 " + this.appRole + " 授权：" + ex.getMessage(), ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "jianping-app-role-grants";
	}

	private static void unlock(Statement sql) {
		try {
			sql.execute("select pg_advisory_unlock(" + GRANT_LOCK_KEY + ")");
		}
		catch (SQLException ex) {
			// the lock goes with Flyway's connection
			log.debug("advisory lock {} not released: {}", GRANT_LOCK_KEY, ex.getMessage());
		}
	}

	private boolean roleExists(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
			query.setString(1, this.appRole);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next();
			}
		}
	}

	private static String quote(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

}
