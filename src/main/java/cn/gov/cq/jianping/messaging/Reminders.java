package cn.gov.cq.jianping.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.notification.NotificationChannel;
import cn.gov.cq.jianping.notification.Notifications;
import cn.gov.cq.jianping.notification.OutgoingNotification;
import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminder job: a message 7, 3 and 1 days before each open deadline and once
 * when it is missed, in the message centre and by SMS (institutions, at their registered
 * contact phone) or e-mail (staff with a contact address). It runs once per day across
 * all nodes: a PostgreSQL advisory lock keeps two nodes from running together and the
 * {@code reminder_run} row keeps a second run that day from starting.
 */
@Service
public class Reminders {

	/** Key of the advisory lock; distinct from the other jobs' keys. */
	static final long LOCK_KEY = 14_165L;

	static final Set<Long> DAYS_AHEAD = Set.of(7L, 3L, 1L);

	static final String SYSTEM = "system";

	private final Deadlines deadlines;

	private final Inbox inbox;

	private final Notifications notifications;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final Clock clock;

	Reminders(Deadlines deadlines, Inbox inbox, Notifications notifications, AuditLog auditLog, JdbcClient jdbc,
			Clock clock) {
		this.deadlines = deadlines;
		this.inbox = inbox;
		this.notifications = notifications;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What one run did; {@code ran} is false when another node or run had the day. */
	public record RunResult(boolean ran, int messages, int sends) {
	}

	@Scheduled(cron = "${jianping.reminders.cron:0 0 8 * * *}", zone = TimeConfiguration.ZONE_ID)
	public void scheduled() {
		runToday();
	}

	@Transactional
	public RunResult runToday() {
		Boolean locked = this.jdbc.sql("select pg_try_advisory_xact_lock(:key)")
			.param("key", LOCK_KEY)
			.query(Boolean.class)
			.single();
		if (!Boolean.TRUE.equals(locked)) {
			return new RunResult(false, 0, 0);
		}
		LocalDate today = LocalDate.now(this.clock);
		int claimed = this.jdbc.sql("""
				insert into reminder_run (run_date, ran_at, messages, sends) values (:day, :at, 0, 0)
				on conflict (run_date) do nothing""")
			.param("day", today)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		if (claimed == 0) {
			return new RunResult(false, 0, 0);
		}
		int messages = 0;
		int sends = 0;
		for (Deadlines.OpenDeadline due : this.deadlines.openUntil(today.plusDays(7))) {
			long daysLeft = ChronoUnit.DAYS.between(today, due.deadline());
			boolean overdue = daysLeft < 0;
			if (!overdue && !DAYS_AHEAD.contains(daysLeft)) {
				continue;
			}
			String key = (overdue ? "overdue:" : "deadline:") + due.kind() + ":" + due.id()
					+ (overdue ? "" : ":" + daysLeft);
			String title = overdue ? "已逾期：" + due.task() : "截止提醒：" + due.task() + "（还剩 " + daysLeft + " 天）";
			String body = due.institutionName() + "：" + due.task() + "，截止日期 " + due.deadline()
					+ (overdue ? "，已逾期，请尽快办理。" : "，请在截止日期前办理。");
			int delivered = this.inbox.deliver(due.audience(),
					overdue ? MessageCategory.OVERDUE : MessageCategory.DEADLINE, title, body, due.link(), key);
			messages += delivered;
			if (delivered > 0) {
				sends += sendOutside(due, key, title, body);
			}
		}
		this.jdbc.sql("update reminder_run set messages = :m, sends = :s where run_date = :day")
			.param("m", messages)
			.param("s", sends)
			.param("day", today)
			.update();
		this.auditLog.record(SYSTEM, "发送截止提醒", "REMINDER_RUN", today, "站内信 " + messages + " 条，短信/邮件 " + sends + " 条");
		return new RunResult(true, messages, sends);
	}

	/** SMS to the institution's contact phone, e-mail to staff who gave an address. */
	private int sendOutside(Deadlines.OpenDeadline due, String key, String title, String body) {
		int sends = 0;
		if (due.phone() != null && !due.phone().isBlank()) {
			this.notifications.send(new OutgoingNotification(NotificationChannel.SMS, due.phone(), title, "【鉴评】" + body,
					"reminder", key));
			sends++;
		}
		List<String> emails = this.jdbc.sql("""
				select c.email from messaging_contact c join inbox_message m on m.recipient = c.username
				where m.dedupe_key = :key and c.email is not null and c.email <> '' order by c.email""")
			.param("key", key)
			.query(String.class)
			.list();
		for (String email : emails) {
			this.notifications
				.send(new OutgoingNotification(NotificationChannel.EMAIL, email, title, body, "reminder", key));
			sends++;
		}
		return sends;
	}

}
