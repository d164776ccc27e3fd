package cn.gov.cq.jianping.notification;

/**
 * An adapter could not deliver a message; the reason is recorded with the send.
 */
public class NotificationFailedException extends RuntimeException {

	public NotificationFailedException(String message) {
		super(message);
	}

	public NotificationFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
