package cn.gov.cq.jianping.messaging;

import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.notification.NotificationChannel;
import cn.gov.cq.jianping.notification.NotificationSend;
import cn.gov.cq.jianping.notification.Notifications;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.support.BrowserTest;
import cn.gov.cq.jianping.support.MutableClock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deadline reminder in the browser: seven days before the self-assessment deadline the
 * daily job reminds the demo institution; it sees the unread count in the header, finds
 * the reminder in its message centre and is led to the case, and the SMS sent to its
 * contact phone is recorded with its result.
 */
class MessageCentreBrowserIT extends BrowserTest {

	@Autowired
	Reminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aDeadlineReminderAppearsInTheMessageCentreAndItsSmsIsRecorded() {
		long caseId = this.jdbc.sql("""
				select c.id from evaluation_case c join evaluation_round r on r.id = c.round_id
				join user_account a on a.institution_id = c.institution_id and a.username = 'institution'
				where c.stage = 'SELF_ASSESSMENT' order by r.id desc limit 1""").query(Long.class).single();
		LocalDate deadline = this.jdbc.sql(
				"select r.self_deadline from evaluation_case c join evaluation_round r on r.id = c.round_id where c.id = :id")
			.param("id", caseId)
			.query(LocalDate.class)
			.single();
		this.clock.setInstant(deadline.minusDays(7).atTime(8, 0).atZone(TimeConfiguration.ZONE).toInstant());
		this.reminders.runToday();

		login("institution", DEMO_PASSWORD);
		int unread = Integer.parseInt(find("unread-count").getText().trim());
		assertThat(unread).isPositive();
		click("nav-messages");
		WebElement reminder = this.driver()
			.findElements(By.cssSelector("#messages .jp-message"))
			.stream()
			.filter(m -> m.getText().contains("截止提醒：提交机构自评（还剩 7 天）"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no reminder in the message centre"));
		assertThat(reminder.getText()).contains("截止日期 " + deadline).contains("未读");
		screenshot("reminder");

		click(reminder.findElement(By.cssSelector("button[type=submit]")));
		waiting().until(d -> currentPath().equals("/cases/" + caseId));
		assertThat(Integer.parseInt(find("unread-count").getText().trim())).isEqualTo(unread - 1);

		List<NotificationSend> sends = this.notifications.sentAbout("reminder", "deadline:self:" + caseId + ":7");
		assertThat(sends).hasSize(1);
		assertThat(sends.get(0).channel()).isEqualTo(NotificationChannel.SMS);
		assertThat(sends.get(0).delivered()).isTrue();
		assertThat(sends.get(0).recipientMasked()).contains("*");
	}

}
