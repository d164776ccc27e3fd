package cn.gov.cq.jianping.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default adapter for every channel: writes the message to the log instead of a
 * gateway, so a fresh installation records every send without an SMS contract. Chosen
 * with {@code jianping.notification.adapter=log} (the default).
 */
class LoggingNotificationSender implements NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingNotificationSender.class);

	@Override
	public boolean serves(NotificationChannel channel) {
		return true;
	}

	@Override
	public void send(OutgoingNotification notification) {
		log.info("[{}] 致 {}：{} {}", notification.channel().label(), mask(notification.recipient()),
				notification.subject() == null ? "" : notification.subject(), notification.body());
	}

	/** Phone numbers and addresses are personal data: the log keeps only their ends. */
	static String mask(String recipient) {
		if (recipient.length() <= 4) {
			return "****";
		}
		return recipient.substring(0, 3) + "****" + recipient.substring(recipient.length() - 2);
	}

}
