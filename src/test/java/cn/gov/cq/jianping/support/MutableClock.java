package cn.gov.cq.jianping.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * A clock in Asia/Shanghai that tests set or advance; shared by the whole test context.
 */
public class MutableClock extends Clock {

	private static final ZoneId ZONE = TimeConfiguration.ZONE;

	private volatile Instant offsetBase;

	private volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant base = this.offsetBase;
		return (base != null ? base : Instant.now()).plus(this.offset);
	}

	public void advance(Duration duration) {
		this.offset = this.offset.plus(duration);
	}

	public void setInstant(Instant instant) {
		this.offsetBase = instant;
		this.offset = Duration.ZERO;
	}

	public void reset() {
		this.offsetBase = null;
		this.offset = Duration.ZERO;
	}

}
