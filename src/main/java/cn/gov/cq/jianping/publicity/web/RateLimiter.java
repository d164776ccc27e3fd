package cn.gov.cq.jianping.publicity.web;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per client address limits of the public forms, in memory (one instance; a cluster would
 * allow as many per address as it has instances): objection submissions and challenge
 * images per ten minutes. Times are monotonic ({@link System#nanoTime()}), so moving the
 * application clock does not reset them.
 */
@Component
class RateLimiter {

	static final Duration WINDOW = Duration.ofMinutes(10);

	/** What is counted. */
	enum Kind {

		OBJECTION, CAPTCHA

	}

	private final int objectionLimit;

	private final int captchaLimit;

	private final Map<String, Deque<Long>> hits = new ConcurrentHashMap<>();

	private final AtomicInteger calls = new AtomicInteger();

	RateLimiter(@Value("${jianping.objection.rate-limit:5}") int objectionLimit,
			@Value("${jianping.captcha.rate-limit:60}") int captchaLimit) {
		this.objectionLimit = objectionLimit;
		this.captchaLimit = captchaLimit;
	}

	/**
	 * Counts one request of this kind from this address; false when it is over the limit.
	 */
	boolean tryAcquire(Kind kind, String address) {
		int limit = kind == Kind.OBJECTION ? this.objectionLimit : this.captchaLimit;
		long now = System.nanoTime();
		long oldest = now - WINDOW.toNanos();
		boolean[] allowed = { false };
		this.hits.compute(kind + "|" + address, (key, times) -> {
			Deque<Long> deque = times != null ? times : new ArrayDeque<>();
			while (!deque.isEmpty() && deque.peekFirst() - oldest < 0) {
				deque.pollFirst();
			}
			if (deque.size() < limit) {
				deque.addLast(now);
				allowed[0] = true;
			}
			return deque;
		});
		if (this.calls.incrementAndGet() % 1000 == 0) {
			forgetIdle(oldest);
		}
		return allowed[0];
	}

	/**
	 * Drops addresses with nothing left in the window, so the map does not grow without
	 * end.
	 */
	private void forgetIdle(long oldest) {
		this.hits.keySet().forEach(key -> this.hits.computeIfPresent(key, (k, times) -> {
			while (!times.isEmpty() && times.peekFirst() - oldest < 0) {
				times.pollFirst();
			}
			return times.isEmpty() ? null : times;
		}));
	}

}
