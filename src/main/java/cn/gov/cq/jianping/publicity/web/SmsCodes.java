package cn.gov.cq.jianping.publicity.web;

import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpSession;

import cn.gov.cq.jianping.notification.NotificationChannel;
import cn.gov.cq.jianping.notification.NotificationSend;
import cn.gov.cq.jianping.notification.Notifications;
import cn.gov.cq.jianping.notification.OutgoingNotification;

import org.springframework.stereotype.Component;

/**
 * The accessible alternative to the image challenge of the objection form (GB/T
 * 37668-2019): a six-digit code sent by SMS to the objector's phone through the
 * notification port (every send recorded with its result), kept in the session with the
 * phone it went to, valid ten minutes and for {@value #MAX_TRIES} tries, used up once
 * right.
 */
@Component
class SmsCodes {

	static final String SESSION_KEY = SmsCodes.class.getName() + ".code";

	static final Duration VALIDITY = Duration.ofMinutes(10);

	static final int MAX_TRIES = 5;

	/** 中国大陆手机号码. */
	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final Notifications notifications;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	SmsCodes(Notifications notifications, Clock clock) {
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The code kept in the session: for which phone, since when, tried how often. */
	record Issued(String phone, String code, long issuedAtEpochMillis, int tries) implements Serializable {
	}

	static boolean isMobile(String phone) {
		return phone != null && MOBILE.matcher(phone.trim()).matches();
	}

	/** Sends a new code to the phone, replacing any earlier one, and returns the send. */
	NotificationSend send(HttpSession session, String phone) {
		String to = phone.trim();
		String code = String.format("%06d", this.random.nextInt(1_000_000));
		session.setAttribute(SESSION_KEY, new Issued(to, code, this.clock.millis(), 0));
		return this.notifications.send(new OutgoingNotification(NotificationChannel.SMS, to, "异议验证码",
				"【重庆人社】您正在提出评估结果异议，短信验证码 " + code + "，10分钟内有效。如非本人操作，请忽略。", "objection-sms",
				Integer.toHexString(to.hashCode())));
	}

	/**
	 * Whether the input is the code sent to this phone in this session and still valid. A
	 * right answer uses the code up; wrong ones count towards {@value #MAX_TRIES}.
	 */
	boolean check(HttpSession session, String phone, String input) {
		if (session == null || phone == null || input == null) {
			return false;
		}
		Issued issued = (Issued) session.getAttribute(SESSION_KEY);
		if (issued == null) {
			return false;
		}
		if (this.clock.millis() - issued.issuedAtEpochMillis() > VALIDITY.toMillis()) {
			session.removeAttribute(SESSION_KEY);
			return false;
		}
		if (issued.phone().equals(phone.trim()) && issued.code().equals(input.trim())) {
			session.removeAttribute(SESSION_KEY);
			return true;
		}
		if (issued.tries() + 1 >= MAX_TRIES) {
			session.removeAttribute(SESSION_KEY);
		}
		else {
			session.setAttribute(SESSION_KEY,
					new Issued(issued.phone(), issued.code(), issued.issuedAtEpochMillis(), issued.tries() + 1));
		}
		return false;
	}

}
