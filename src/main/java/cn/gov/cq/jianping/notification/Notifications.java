package cn.gov.cq.jianping.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications through the configured adapters and records every send with its
 * result in {@code notification_send}, in the caller's transaction: a decision and the
 * record that its addressee was told commit together. A failed delivery is recorded, not
 * thrown, so a broken gateway never undoes a decision.
 */
@Service
public class Notifications {

	private final List<NotificationSender> senders;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(List<NotificationSender> senders, JdbcClient jdbc, Clock clock) {
		this.senders = senders;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.REQUIRED)
	public NotificationSend send(OutgoingNotification notification) {
		String failure = null;
		NotificationSender sender = this.senders.stream()
			.filter(s -> s.serves(notification.channel()))
			.findFirst()
			.orElse(null);
		if (sender == null) {
			failure = "未配置“" + notification.channel().label() + "”发送渠道";
		}
		else {
			try {
				sender.send(notification);
			}
			catch (RuntimeException ex) {
				failure = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
			}
		}
		Instant now = this.clock.instant();
		String masked = LoggingNotificationSender.mask(notification.recipient());
		long id = this.jdbc.sql("""
				insert into notification_send (channel, recipient_masked, subject, body, reference_type, reference_id,
				                               delivered, failure, sent_at)
				values (:channel, :recipient, :subject, :body, :type, :ref, :delivered, :failure, :at)
				returning id""")
			.param("channel", notification.channel().name())
			.param("recipient", masked)
			.param("subject", notification.subject())
			.param("body", notification.body())
			.param("type", notification.referenceType())
			.param("ref", notification.referenceId())
			.param("delivered", failure == null)
			.param("failure", failure)
			.param("at", Timestamp.from(now))
			.query(Long.class)
			.single();
		return new NotificationSend(id, notification.channel(), masked, notification.subject(),
				notification.referenceType(), notification.referenceId(), failure == null, failure, now);
	}

	/** Every send about one matter, oldest first. */
	@Transactional(readOnly = true)
	public List<NotificationSend> sentAbout(String referenceType, String referenceId) {
		return this.jdbc.sql("""
				select id, channel, recipient_masked, subject, reference_type, reference_id, delivered, failure, sent_at
				from notification_send where reference_type = :type and reference_id = :ref order by sent_at, id""")
			.param("type", referenceType)
			.param("ref", referenceId)
			.query((rs, row) -> new NotificationSend(rs.getLong("id"),
					NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient_masked"),
					rs.getString("subject"), rs.getString("reference_type"), rs.getString("reference_id"),
					rs.getBoolean("delivered"), rs.getString("failure"), rs.getTimestamp("sent_at").toInstant()))
			.list();
	}

}
