package cn.gov.cq.jianping.evaluation.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A deadline day: it runs to 23:59:59 Beijing time and is missed from 00:00:00 the next
 * day.
 */
public record Deadline(LocalDate day) {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	public Deadline {
		if (day == null) {
			throw new IllegalArgumentException("截止日期不能为空");
		}
	}

	public boolean isMissedAt(Instant now) {
		return !now.isBefore(day.plusDays(1).atStartOfDay(ZONE).toInstant());
	}

}
