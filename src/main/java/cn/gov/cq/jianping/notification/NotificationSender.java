package cn.gov.cq.jianping.notification;

/**
 * The port to the SMS gateway, the mail server or the print room. An adapter either
 * delivers the message and returns normally, or throws with a reason that is recorded.
 */
public interface NotificationSender {

	/** Whether this adapter serves the channel. */
	boolean serves(NotificationChannel channel);

	/**
	 * Delivers the message; throws {@link NotificationFailedException} when it cannot.
	 */
	void send(OutgoingNotification notification);

}
