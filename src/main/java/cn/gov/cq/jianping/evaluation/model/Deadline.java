package cn.gov.cq.jianping.evaluation.model;

import java.time.Instant;
import java.time.LocalDate;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * A deadline day: it runs to 23:59:59 Beijing time and is missed from 00:00:00 the next
 * day.
 */
public record Deadline(LocalDate day) {

	public Deadline {
		if (day == null) {
			throw new IllegalArgumentException("截止日期不能为空");
		}
	}

	public boolean isMissedAt(Instant now) {
		return !now.isBefore(day.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant());
	}

}
