package cn.gov.cq.jianping.notification;

import java.time.Instant;

/**
 * A recorded send as pages show it: when, how, to whom (masked), about what, and whether
 * it was delivered.
 */
public record NotificationSend(long id, NotificationChannel channel, String recipientMasked, String subject,
		String referenceType, String referenceId, boolean delivered, String failure, Instant sentAt) {

	public String result() {
		return this.delivered ? "已发送" : "发送失败：" + this.failure;
	}

}
