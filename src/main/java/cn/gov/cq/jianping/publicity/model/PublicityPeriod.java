package cn.gov.cq.jianping.publicity.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 公示期 (第十二条): {@code days} days from the start date, closing at 23:59:59 Beijing time of
 * the last day; from 00:00:00 the next day it is over.
 */
public record PublicityPeriod(LocalDate start, int days, DayKind kind) {

	public static final int DEFAULT_DAYS = 10;

	public PublicityPeriod {
		if (start == null) {
			throw new IllegalArgumentException("请填写公示开始日期");
		}
		if (days < 1 || days > 60) {
			throw new IllegalArgumentException("公示期应为 1 至 60 天");
		}
		if (kind == null) {
			kind = DayKind.NATURAL;
		}
		if (kind == DayKind.WORKING && isWeekend(start)) {
			throw new IllegalArgumentException("按工作日计算时，公示开始日期不能是周末");
		}
	}

	/** The last day of the period, counting the start day as day 1. */
	public LocalDate lastDay() {
		if (this.kind == DayKind.NATURAL) {
			return this.start.plusDays(this.days - 1L);
		}
		LocalDate day = this.start;
		int counted = 1;
		while (counted < this.days) {
			day = day.plusDays(1);
			if (!isWeekend(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The first instant at which the period is over: 00:00:00 after the last day. */
	public Instant end() {
		return lastDay().plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
	}

	public Instant begin() {
		return this.start.atStartOfDay(TimeConfiguration.ZONE).toInstant();
	}

	public boolean isOpenAt(Instant now) {
		return !now.isBefore(begin()) && now.isBefore(end());
	}

	public boolean hasEndedAt(Instant now) {
		return !now.isBefore(end());
	}

	/** 23:59:59 of the last day, as shown to the public. */
	public ZonedDateTime closingTime() {
		return lastDay().atTime(23, 59, 59).atZone(TimeConfiguration.ZONE);
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
