package cn.gov.cq.jianping.publicity.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 公示期 (第十二条): {@code days} days from the start date, closing at 23:59:59 Beijing time of
 * the last day; from 00:00:00 the next day it is over. Working days are counted on the
 * State Council's holiday schedule ({@link HolidaySchedule}), once, when the period is
 * set; the last day is then kept with it.
 */
public record PublicityPeriod(LocalDate start, int days, DayKind kind, LocalDate lastDay) {

	/** 第十二条: "公示期为10天". */
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
		if (lastDay == null || lastDay.isBefore(start)) {
			throw new IllegalArgumentException("公示结束日期不能早于开始日期");
		}
	}

	/** A period counted on the shipped holiday schedule. */
	public PublicityPeriod(LocalDate start, int days, DayKind kind) {
		this(start, days, kind, lastDayOf(start, days, kind, HolidaySchedule.shipped()));
	}

	/** A period counted on {@code schedule} (the one the bureau keeps). */
	public static PublicityPeriod of(LocalDate start, int days, DayKind kind, HolidaySchedule schedule) {
		return new PublicityPeriod(start, days, kind, lastDayOf(start, days, kind, schedule));
	}

	/**
	 * Whether this is the length 第十二条 sets (10 natural days); any other needs a reason.
	 */
	public boolean isStatutory() {
		return this.days == DEFAULT_DAYS && this.kind == DayKind.NATURAL;
	}

	private static LocalDate lastDayOf(LocalDate start, int days, DayKind kind, HolidaySchedule schedule) {
		if (start == null || days < 1 || days > 60) {
			return start;
		}
		if (kind != DayKind.WORKING) {
			return start.plusDays(days - 1L);
		}
		if (!schedule.isWorkingDay(start)) {
			throw new IllegalArgumentException("按工作日计算时，公示开始日期须为工作日（周末和法定节假日不能作为开始日期，调休上班日可以）");
		}
		LocalDate day = start;
		int counted = 1;
		while (counted < days) {
			day = day.plusDays(1);
			if (schedule.isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The first instant at which the period is over: 00:00:00 after the last day. */
	public Instant end() {
		return this.lastDay.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toInstant();
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
		return this.lastDay.atTime(23, 59, 59).atZone(TimeConfiguration.ZONE);
	}

}
