package cn.gov.cq.jianping.notification;

import java.time.Clock;
import java.util.List;

import cn.gov.cq.jianping.support.QueryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@QueryTest
class NotificationsTests {

	@Autowired
	JdbcClient jdbc;

	private Notifications with(NotificationSender... senders) {
		return new Notifications(List.of(senders), this.jdbc, Clock.systemUTC());
	}

	private static OutgoingNotification sms(String ref) {
		return new OutgoingNotification(NotificationChannel.SMS, "13800138000", "异议复核结果", "您的异议已复核", "objection", ref);
	}

	@Test
	void aDeliveredSendIsRecordedWithTheRecipientMasked() {
		NotificationSend send = with(new LoggingNotificationSender()).send(sms("1"));

		assertThat(send.delivered()).isTrue();
		assertThat(with().sentAbout("objection", "1")).singleElement().satisfies(recorded -> {
			assertThat(recorded.channel()).isEqualTo(NotificationChannel.SMS);
			assertThat(recorded.recipientMasked()).isEqualTo("138****00").doesNotContain("13800138000");
			assertThat(recorded.result()).isEqualTo("已发送");
		});
	}

	@Test
	void aFailedDeliveryIsRecordedWithItsReasonInsteadOfThrown() {
		NotificationSender broken = new NotificationSender() {
			@Override
			public boolean serves(NotificationChannel channel) {
				return true;
			}

			@Override
			public void send(OutgoingNotification notification) {
				throw new NotificationFailedException("短信网关无响应");
			}
		};

		NotificationSend send = with(broken).send(sms("2"));

		assertThat(send.delivered()).isFalse();
		assertThat(with().sentAbout("objection", "2")).singleElement()
			.extracting(NotificationSend::result)
			.isEqualTo("发送失败：短信网关无响应");
	}

	@Test
	void aChannelWithoutAdapterIsRecordedAsNotSent() {
		NotificationSend send = with().send(sms("3"));

		assertThat(send.delivered()).isFalse();
		assertThat(send.failure()).contains("短信");
	}

	@Test
	void sendsAboutOtherMattersAreNotListed() {
		Notifications notifications = with(new LoggingNotificationSender());
		notifications.send(sms("4"));

		assertThat(notifications.sentAbout("objection", "5")).isEmpty();
	}

}
