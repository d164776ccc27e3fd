package cn.gov.cq.jianping.identity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.shared.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The login records (every attempt and logout, append-only), read by the security
 * auditor: by day range, login name and outcome, newest first.
 */
@Service
public class LoginHistory {

	public static final int PAGE_SIZE = 50;

	/** Outcomes as recorded, with their Chinese labels. */
	public static final Map<String, String> OUTCOMES = outcomes();

	private final JdbcClient jdbc;

	LoginHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static Map<String, String> outcomes() {
		Map<String, String> outcomes = new LinkedHashMap<>();
		outcomes.put(LoginAttempts.SUCCESS, "登录成功");
		outcomes.put(LoginAttempts.BAD_CREDENTIALS, "密码错误");
		outcomes.put(LoginAttempts.LOCKED, "账号锁定");
		outcomes.put(LoginAttempts.OTHER_FAILURE, "其他失败");
		outcomes.put(LoginAttempts.LOGOUT, "退出登录");
		outcomes.put(LoginAttempts.PASSWORD_ACCEPTED, "密码正确，待动态口令");
		outcomes.put(LoginAttempts.BAD_TOTP, "动态口令错误");
		outcomes.put(LoginThrottle.CAPTCHA_FAILED, "验证码错误");
		outcomes.put(LoginThrottle.THROTTLED, "地址尝试过频");
		outcomes.put(AdministratorNetworks.ADDRESS_REFUSED, AdministratorNetworks.OUTSIDE);
		return outcomes;
	}

	public record Filter(LocalDate from, LocalDate to, String username, String outcome) {
	}

	public record Row(long id, Instant occurredAt, String username, String outcome, String outcomeLabel,
			String remoteAddress) {
	}

	public record Page(List<Row> rows, long total, int page, int pages) {
	}

	@Transactional(readOnly = true)
	public Page search(Filter filter, int page) {
		List<String> parts = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (filter.from() != null) {
			parts.add("occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from().atStartOfDay(TimeConfiguration.ZONE).toInstant()));
		}
		if (filter.to() != null) {
			parts.add("occurred_at < :to");
			params.put("to", Timestamp.from(filter.to().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant()));
		}
		if (StringUtils.hasText(filter.username())) {
			parts.add("username = :username");
			params.put("username", filter.username().trim());
		}
		if (StringUtils.hasText(filter.outcome())) {
			parts.add("outcome = :outcome");
			params.put("outcome", filter.outcome().trim());
		}
		String where = parts.isEmpty() ? "" : " where " + String.join(" and ", parts);
		long total = this.jdbc.sql("select count(*) from login_record" + where)
			.params(params)
			.query(Long.class)
			.single();
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<Row> rows = this.jdbc
			.sql("select id, occurred_at, username, outcome, remote_address from login_record" + where
					+ " order by occurred_at desc, id desc limit " + PAGE_SIZE + " offset " + (current - 1) * PAGE_SIZE)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
					OUTCOMES.getOrDefault(rs.getString(4), rs.getString(4)), rs.getString(5)))
			.list();
		return new Page(rows, total, current, pages);
	}

}
