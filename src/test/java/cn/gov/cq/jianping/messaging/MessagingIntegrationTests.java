package cn.gov.cq.jianping.messaging;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.cq.jianping.notification.NotificationChannel;
import cn.gov.cq.jianping.notification.NotificationSend;
import cn.gov.cq.jianping.notification.Notifications;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.MutableClock;
import cn.gov.cq.jianping.support.Users;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The message centre, staff notices and the reminder job on the demo data: every to-do
 * reaches its user once, no one reads another's messages, reminders fall 7/3/1 days ahead
 * and once when overdue, are sent by SMS with the result recorded, and run once a day
 * across nodes.
 */
@IntegrationTest
class MessagingIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	@Autowired
	Reminders reminders;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private long demoInstitutionId() {
		return this.jdbc.sql("select institution_id from user_account where username = 'institution'")
			.query(Long.class)
			.single();
	}

	private LocalDate selfDeadline() {
		return this.jdbc.sql("""
				select r.self_deadline from evaluation_case c join evaluation_round r on r.id = c.round_id
				where c.institution_id = :i and c.stage = 'SELF_ASSESSMENT' order by r.id desc limit 1""")
			.param("i", demoInstitutionId())
			.query(LocalDate.class)
			.single();
	}

	private void today(LocalDate day) {
		this.clock.setInstant(day.atTime(9, 0).atZone(TimeConfiguration.ZONE).toInstant());
	}

	private long messagesWithKey(String username, String key) {
		return this.jdbc.sql("select count(*) from inbox_message where recipient = :u and dedupe_key = :k")
			.param("u", username)
			.param("k", key)
			.query(Long.class)
			.single();
	}

	@Test
	void theDistrictIsToldOfACaseHandedToItAndTheBureauOfOneAwaitingApproval() {
		assertThat(this.jdbc.sql(
				"select count(*) from inbox_message where recipient = 'district' and category = 'TODO' and title like '区县初评待办理%'")
			.query(Long.class)
			.single()).isPositive();
		assertThat(
				this.jdbc.sql("select count(*) from inbox_message where recipient = 'bureau' and title like '市局审核待办理%'")
					.query(Long.class)
					.single())
			.isPositive();
		assertThat(
				this.jdbc.sql("select count(*) from inbox_message where recipient = 'expert1' and title like '新的评估任务%'")
					.query(Long.class)
					.single())
			.isPositive();
	}

	@Test
	void aMessageIsDeliveredOncePerRecipientAndKey() {
		int first = this.inbox.deliver(Audience.user("expert2"), MessageCategory.INFO, "测试", "内容", "/cases",
				"test:once");
		int second = this.inbox.deliver(Audience.user("expert2"), MessageCategory.INFO, "测试", "内容", "/cases",
				"test:once");
		assertThat(first).isEqualTo(1);
		assertThat(second).isZero();
	}

	@Test
	void aUserCannotOpenAnotherUsersMessage() throws Exception {
		this.inbox.deliver(Audience.user("expert3"), MessageCategory.INFO, "只给专家三", "内容", "/cases", "test:mine");
		long id = this.jdbc.sql("select id from inbox_message where recipient = 'expert3' and dedupe_key = 'test:mine'")
			.query(Long.class)
			.single();
		this.mvc.perform(post("/messages/{id}/read", id).with(csrf()).with(Users.as(Users.expertNamed("expert1"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/messages").with(Users.as(Users.expertNamed("expert1"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("只给专家三"))));
		this.mvc.perform(post("/messages/{id}/read", id).with(csrf()).with(Users.as(Users.expertNamed("expert3"))))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/cases"));
	}

	@Test
	void theHeaderShowsTheUnreadCount() throws Exception {
		long unread = this.inbox.unreadCount("district");
		this.mvc.perform(get("/messages").with(Users.as(Users.districtUser("500112"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unread-count\">" + unread + "<")));
	}

	@Test
	void aReminderFallsSevenThreeAndOneDaysAheadAndOnceWhenOverdueWithAnSmsRecorded() {
		LocalDate deadline = selfDeadline();
		long caseId = this.jdbc.sql("""
				select c.id from evaluation_case c join evaluation_round r on r.id = c.round_id
				where c.institution_id = :i and c.stage = 'SELF_ASSESSMENT' order by r.id desc limit 1""")
			.param("i", demoInstitutionId())
			.query(Long.class)
			.single();
		for (int days : List.of(7, 3, 1)) {
			today(deadline.minusDays(days));
			Reminders.RunResult result = this.reminders.runToday();
			assertThat(result.ran()).isTrue();
			String key = "deadline:self:" + caseId + ":" + days;
			assertThat(messagesWithKey("institution", key)).as("%d days ahead", days).isEqualTo(1);
			List<NotificationSend> sends = this.notifications.sentAbout("reminder", key);
			assertThat(sends).hasSize(1);
			assertThat(sends.get(0).channel()).isEqualTo(NotificationChannel.SMS);
			assertThat(sends.get(0).delivered()).isTrue();
		}
		// a day that is not 7, 3 or 1 days ahead reminds no one of this deadline
		today(deadline.minusDays(5));
		this.reminders.runToday();
		assertThat(messagesWithKey("institution", "deadline:self:" + caseId + ":5")).isZero();
		// overdue: once, however many days it stays overdue
		today(deadline.plusDays(1));
		this.reminders.runToday();
		today(deadline.plusDays(2));
		this.reminders.runToday();
		assertThat(messagesWithKey("institution", "overdue:self:" + caseId)).isEqualTo(1);
		assertThat(this.notifications.sentAbout("reminder", "overdue:self:" + caseId)).hasSize(1);
	}

	@Test
	void theJobRunsOnceADay() {
		today(selfDeadline().minusDays(20));
		assertThat(this.reminders.runToday().ran()).isTrue();
		assertThat(this.reminders.runToday().ran()).isFalse();
	}

	@Test
	void anotherNodeHoldingTheLockKeepsThisOneFromRunning() throws Exception {
		today(selfDeadline().minusDays(21));
		try (Connection other = this.dataSource.getConnection(); Statement statement = other.createStatement()) {
			statement.execute("select pg_advisory_lock(" + Reminders.LOCK_KEY + ")");
			try {
				assertThat(this.reminders.runToday().ran()).isFalse();
			}
			finally {
				statement.execute("select pg_advisory_unlock(" + Reminders.LOCK_KEY + ")");
			}
		}
		assertThat(this.reminders.runToday().ran()).isTrue();
	}

	@Test
	void anOverdueRectificationIsRemindedToItsInstitution() {
		long institutionId = demoInstitutionId();
		LocalDate due = LocalDate.now(this.clock).plusDays(30);
		long orderId = this.jdbc.sql("""
				insert into rectification_order (institution_id, reason, issued_by, issued_at, deadline, status)
				values (:i, '测试整改', 'center', now(), :d, 'OPEN') returning id""")
			.param("i", institutionId)
			.param("d", due)
			.query(Long.class)
			.single();
		today(due.minusDays(3));
		this.reminders.runToday();
		assertThat(messagesWithKey("institution", "deadline:rectification:" + orderId + ":3")).isEqualTo(1);
		this.jdbc.sql("update rectification_order set status = 'ACCEPTED' where id = :id")
			.param("id", orderId)
			.update();
	}

}
