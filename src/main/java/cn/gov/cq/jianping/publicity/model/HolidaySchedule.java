package cn.gov.cq.jianping.publicity.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * 工作日 as the State Council's holiday schedule (国务院办公厅部分节假日安排的通知) makes them: a holiday is
 * no working day, a 调休 Saturday or Sunday is one, other days follow the week. Only the
 * years whose schedule has been entered can be counted; any other year is refused rather
 * than guessed.
 *
 * @param years the years whose schedule is complete
 * @param days the holidays ({@code false}) and 调休 workdays ({@code true}) of those years
 */
public record HolidaySchedule(Set<Integer> years, Map<LocalDate, Boolean> days) {

	public HolidaySchedule {
		years = Set.copyOf(years);
		days = Map.copyOf(days);
	}

	/**
	 * The schedules published when this version was built, the same as the database
	 * ships: 2025 (国办发明电〔2024〕12号) and 2026 (国务院办公厅 2025年11月4日通知).
	 */
	public static HolidaySchedule shipped() {
		Map<LocalDate, Boolean> days = new TreeMap<>();
		holidays(days, "2025-01-01", "2025-01-01");
		holidays(days, "2025-01-28", "2025-02-04");
		workdays(days, "2025-01-26", "2025-02-08");
		holidays(days, "2025-04-04", "2025-04-06");
		holidays(days, "2025-05-01", "2025-05-05");
		workdays(days, "2025-04-27");
		holidays(days, "2025-05-31", "2025-06-02");
		holidays(days, "2025-10-01", "2025-10-08");
		workdays(days, "2025-09-28", "2025-10-11");
		holidays(days, "2026-01-01", "2026-01-03");
		workdays(days, "2026-01-04");
		holidays(days, "2026-02-15", "2026-02-23");
		workdays(days, "2026-02-14", "2026-02-28");
		holidays(days, "2026-04-04", "2026-04-06");
		holidays(days, "2026-05-01", "2026-05-05");
		workdays(days, "2026-05-09");
		holidays(days, "2026-06-19", "2026-06-21");
		holidays(days, "2026-09-25", "2026-09-27");
		holidays(days, "2026-10-01", "2026-10-07");
		workdays(days, "2026-09-20", "2026-10-10");
		return new HolidaySchedule(Set.of(2025, 2026), days);
	}

	public boolean covers(int year) {
		return this.years.contains(year);
	}

	/** Whether {@code day} is a working day; refused for a year not entered. */
	public boolean isWorkingDay(LocalDate day) {
		if (!covers(day.getYear())) {
			throw new IllegalArgumentException("尚未录入" + day.getYear() + "年国务院办公厅节假日安排，不能按工作日计算公示期，请先在“节假日安排”中录入或改按自然日");
		}
		Boolean special = this.days.get(day);
		if (special != null) {
			return special;
		}
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

	private static void holidays(Map<LocalDate, Boolean> days, String from, String to) {
		for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
			days.put(d, false);
		}
	}

	private static void workdays(Map<LocalDate, Boolean> days, String... dates) {
		for (String date : dates) {
			days.put(LocalDate.parse(date), true);
		}
	}

}
