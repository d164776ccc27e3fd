package cn.gov.cq.jianping.notification;

import java.util.Objects;

/**
 * One message to send: the channel, who receives it, what it says, and what it is about
 * ({@code referenceType} and {@code referenceId}, e.g. {@code objection} and its id) so
 * that the sends of one matter can be listed.
 */
public record OutgoingNotification(NotificationChannel channel, String recipient, String subject, String body,
		String referenceType, String referenceId) {

	public OutgoingNotification {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(recipient, "recipient");
		Objects.requireNonNull(body, "body");
		Objects.requireNonNull(referenceType, "referenceType");
		Objects.requireNonNull(referenceId, "referenceId");
	}

}
