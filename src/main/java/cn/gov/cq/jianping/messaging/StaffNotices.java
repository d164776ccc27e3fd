package cn.gov.cq.jianping.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 通知公告: the bureau or the center publishes a notice to chosen roles, optionally only in
 * chosen districts; each addressee finds it in the message centre, and the notice list
 * shows a user only the notices that reached them (and those they published).
 */
@Service
public class StaffNotices {

	/** The roles a notice may be addressed to. */
	public static final List<String> AUDIENCE_ROLES = List.of("INSTITUTION", "DISTRICT", "CENTER", "EXPERT", "BUREAU");

	private final JdbcClient jdbc;

	private final Inbox inbox;

	private final AuditLog auditLog;

	private final Clock clock;

	StaffNotices(JdbcClient jdbc, Inbox inbox, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.inbox = inbox;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A published notice. */
	public record Notice(long id, String title, String body, String publisher, String publisherRole,
			Instant publishedAt, String audienceRoles, String audienceDistricts, int recipients) {

		/** The issuing office as users know it. */
		public String publisherLabel() {
			return "BUREAU".equals(this.publisherRole) ? "重庆市人力资源和社会保障局" : "重庆市职业技能鉴定指导中心";
		}

	}

	/** Publishes the notice and delivers it; returns its id. */
	@Transactional
	public long publish(CurrentUser user, String title, String body, List<String> roles, List<String> districts) {
		if (!mayPublish(user)) {
			throw new AccessDeniedException("仅市人社局和鉴定指导中心可发布通知公告");
		}
		List<String> chosenRoles = roles.stream().filter(AUDIENCE_ROLES::contains).distinct().toList();
		List<String> chosenDistricts = districts == null ? List.of() : districts.stream().distinct().toList();
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into staff_notice (title, body, publisher, publisher_role, audience_roles, audience_districts,
				                          recipients, published_at)
				values (:title, :body, :publisher, :role, :roles, :districts, 0, :at) returning id""")
			.param("title", title)
			.param("body", body)
			.param("publisher", user.getUsername())
			.param("role", user.role().name())
			.param("roles", String.join(",", chosenRoles))
			.param("districts", String.join(",", chosenDistricts))
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		int recipients = this.inbox.deliver(Audience.rolesInDistricts(chosenRoles, chosenDistricts),
				MessageCategory.NOTICE, title, body, "/notices/" + id, "notice:" + id);
		this.jdbc.sql("update staff_notice set recipients = :n where id = :id")
			.param("n", recipients)
			.param("id", id)
			.update();
		this.auditLog.record(user.getUsername(), "发布通知公告", "STAFF_NOTICE", id,
				title + "（对象：" + String.join(",", chosenRoles)
						+ (chosenDistricts.isEmpty() ? "" : "；区县：" + String.join(",", chosenDistricts)) + "；送达 "
						+ recipients + " 人）");
		return id;
	}

	public static boolean mayPublish(CurrentUser user) {
		return user.role() == Role.BUREAU || user.role() == Role.CENTER;
	}

	/** The notices that reached the user or that they published, newest first. */
	@Transactional(readOnly = true)
	public List<Notice> visibleTo(CurrentUser user) {
		return this.jdbc.sql(SELECT + " where " + VISIBLE + " order by n.published_at desc, n.id desc")
			.param("u", user.getUsername())
			.param("publisher", user.getUsername())
			.param("role", user.role().name())
			.query(this::notice)
			.list();
	}

	/** One notice the user may see; any other is not found. */
	@Transactional(readOnly = true)
	public Notice get(CurrentUser user, long id) {
		return this.jdbc.sql(SELECT + " where n.id = :id and " + VISIBLE)
			.param("id", id)
			.param("u", user.getUsername())
			.param("publisher", user.getUsername())
			.param("role", user.role().name())
			.query(this::notice)
			.optional()
			.orElseThrow(MessageNotFoundException::new);
	}

	private static final String SELECT = """
			select n.id, n.title, n.body, n.publisher, n.publisher_role, n.published_at, n.audience_roles, n.audience_districts,
			       n.recipients from staff_notice n""";

	private static final String VISIBLE = """
			(exists (select 1 from inbox_message m where m.recipient = :u and m.dedupe_key = 'notice:' || n.id)
			 or (n.publisher = :publisher and n.publisher_role = :role))""";

	private Notice notice(ResultSet rs, int row) throws SQLException {
		return new Notice(rs.getLong("id"), rs.getString("title"), rs.getString("body"), rs.getString("publisher"),
				rs.getString("publisher_role"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("audience_roles"), rs.getString("audience_districts"), rs.getInt("recipients"));
	}

}
