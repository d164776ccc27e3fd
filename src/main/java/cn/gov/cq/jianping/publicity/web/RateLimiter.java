package cn.gov.cq.jianping.publicity.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per client address limits of the public forms: objection submissions and challenge
 * images per ten minutes. The hits are kept in PostgreSQL, so every node counts for the
 * whole system (behind the proxy, the address is the citizen's, from
 * {@code X-Forwarded-For} with {@code server.forward-headers-strategy=native}). Times are
 * the database's, so moving the application clock does not reset them.
 */
@Component
class RateLimiter {

	static final Duration WINDOW = Duration.ofMinutes(10);

	/** What is counted. */
	enum Kind {

		OBJECTION, CAPTCHA, SMS

	}

	private final int objectionLimit;

	private final int captchaLimit;

	private final int smsLimit;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final AtomicInteger calls = new AtomicInteger();

	RateLimiter(@Value("${jianping.objection.rate-limit:5}") int objectionLimit,
			@Value("${jianping.captcha.rate-limit:60}") int captchaLimit,
			@Value("${jianping.sms.rate-limit:3}") int smsLimit, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager) {
		this.objectionLimit = objectionLimit;
		this.captchaLimit = captchaLimit;
		this.smsLimit = smsLimit;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Counts one request of this kind from this address; false when it is over the limit.
	 * One address's requests are serialised by an advisory lock on its key, so two nodes
	 * cannot both let the last one through.
	 */
	boolean tryAcquire(Kind kind, String address) {
		int limit = switch (kind) {
			case OBJECTION -> this.objectionLimit;
			case CAPTCHA -> this.captchaLimit;
			case SMS -> this.smsLimit;
		};
		String key = kind + "|" + (address.length() > 100 ? address.substring(0, 100) : address);
		String window = WINDOW.toSeconds() + " seconds";
		Boolean allowed = this.transactions.execute(status -> {
			this.jdbc.queryForObject("select pg_advisory_xact_lock(hashtextextended(?, 0))", Object.class, key);
			this.jdbc.update(
					"delete from rate_limit_hit where limit_key = ? and hit_at < clock_timestamp() - ?::interval", key,
					window);
			Integer recent = this.jdbc.queryForObject("select count(*) from rate_limit_hit where limit_key = ?",
					Integer.class, key);
			if (recent != null && recent >= limit) {
				return false;
			}
			this.jdbc.update("insert into rate_limit_hit (limit_key, hit_at) values (?, clock_timestamp())", key);
			return true;
		});
		if (this.calls.incrementAndGet() % 1000 == 0) {
			// Addresses that never come back would otherwise stay in the table.
			this.jdbc.update("delete from rate_limit_hit where hit_at < clock_timestamp() - ?::interval", window);
		}
		return Boolean.TRUE.equals(allowed);
	}

}
