package cn.gov.cq.jianping.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The message centre (站内信): other modules deliver a message to an {@link Audience} in
 * their own transaction, so a step and the message about it commit together; each user
 * reads, counts and marks their own messages. A message is kept once per recipient and
 * dedupe key, so a repeated step or reminder run tells no one twice.
 */
@Service
public class Inbox {

	static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	private final Recipients recipients;

	private final Clock clock;

	Inbox(JdbcClient jdbc, Recipients recipients, Clock clock) {
		this.jdbc = jdbc;
		this.recipients = recipients;
		this.clock = clock;
	}

	/** A message as the message centre shows it. */
	public record Message(long id, MessageCategory category, String title, String body, String link, Instant createdAt,
			boolean read) {

		public String categoryLabel() {
			return this.category.label();
		}

	}

	/** One page of a user's messages. */
	public record MessagePage(List<Message> messages, int page, int pages, long total) {
	}

	/**
	 * Delivers the message to every enabled account in the audience; returns how many
	 * received it now (those who already had a message with this key are skipped).
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public int deliver(Audience audience, MessageCategory category, String title, String body, String link,
			String dedupeKey) {
		int delivered = 0;
		Timestamp now = Timestamp.from(this.clock.instant());
		for (String username : this.recipients.of(audience)) {
			delivered += this.jdbc.sql("""
					insert into inbox_message (recipient, category, title, body, link, dedupe_key, created_at)
					values (:recipient, :category, :title, :body, :link, :key, :at)
					on conflict (recipient, dedupe_key) do nothing""")
				.param("recipient", username)
				.param("category", category.name())
				.param("title", title)
				.param("body", body)
				.param("link", link)
				.param("key", dedupeKey)
				.param("at", now)
				.update();
		}
		return delivered;
	}

	@Transactional(readOnly = true)
	public long unreadCount(String username) {
		if (username == null) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from inbox_message where recipient = :u and read_at is null")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	/** The user's messages, newest first, optionally only unread ones or one category. */
	@Transactional(readOnly = true)
	public MessagePage of(String username, boolean unreadOnly, MessageCategory category, int page) {
		String where = " where recipient = :u" + (unreadOnly ? " and read_at is null" : "")
				+ (category == null ? "" : " and category = :c");
		long total = this.jdbc.sql("select count(*) from inbox_message" + where)
			.param("u", username)
			.param("c", category == null ? "" : category.name())
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<Message> messages = this.jdbc
			.sql("select id, category, title, body, link, created_at, read_at from inbox_message" + where
					+ " order by created_at desc, id desc limit :limit offset :offset")
			.param("u", username)
			.param("c", category == null ? "" : category.name())
			.param("limit", PAGE_SIZE)
			.param("offset", (current - 1) * PAGE_SIZE)
			.query((rs, row) -> new Message(rs.getLong("id"), MessageCategory.valueOf(rs.getString("category")),
					rs.getString("title"), rs.getString("body"), rs.getString("link"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
			.list();
		return new MessagePage(messages, current, pages, total);
	}

	/**
	 * Marks one of the user's messages read and returns where it leads; another user's
	 * message is not found.
	 */
	@Transactional
	public String markRead(String username, long messageId) {
		List<String> links = this.jdbc.sql("""
				update inbox_message set read_at = coalesce(read_at, :at)
				where id = :id and recipient = :u returning coalesce(link, '')""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", messageId)
			.param("u", username)
			.query(String.class)
			.list();
		if (links.isEmpty()) {
			throw new MessageNotFoundException();
		}
		return links.get(0);
	}

	@Transactional
	public int markAllRead(String username) {
		return this.jdbc.sql("update inbox_message set read_at = :at where recipient = :u and read_at is null")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("u", username)
			.update();
	}

}
