package cn.gov.cq.jianping.notification;

/**
 * How a notification reaches its recipient.
 */
public enum NotificationChannel {

	/** 短信: the recipient is a mobile number. */
	SMS("短信"),
	/** 电子邮件: the recipient is an e-mail address. */
	EMAIL("电子邮件"),
	/** 纸质信函: printed and mailed; the recipient is a postal address or a name. */
	LETTER("信函邮寄");

	private final String label;

	NotificationChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
