package cn.gov.cq.jianping.publicity;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.publicity.model.HolidaySchedule;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 节假日安排: the State Council's holiday schedule with its 调休 workdays, per year, as the
 * bureau keeps it (shipped for 2025 and 2026). Working-day publicity periods are counted
 * on it; a year not entered cannot be counted in working days.
 */
@Service
public class HolidayCalendars {

	/** A year entered, with the notice it follows. */
	public record YearView(int year, String source, String updatedBy, long days) {
	}

	/** One holiday or 调休 workday. */
	public record DayView(LocalDate day, boolean workday, String name) {

		public String kindLabel() {
			return this.workday ? "调休上班" : "放假";
		}

	}

	private final JdbcClient jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	HolidayCalendars(JdbcClient jdbc, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public HolidaySchedule current() {
		Set<Integer> years = new TreeSet<>(
				this.jdbc.sql("select year from holiday_calendar_year").query(Integer.class).list());
		Map<LocalDate, Boolean> days = new HashMap<>();
		this.jdbc.sql("select day, kind from holiday_calendar_day")
			.query((rs, n) -> days.put(rs.getDate("day").toLocalDate(), "WORKDAY".equals(rs.getString("kind"))))
			.list();
		return new HolidaySchedule(years, days);
	}

	@Transactional(readOnly = true)
	public List<YearView> years() {
		return this.jdbc
			.sql("""
					select y.year, y.source, y.updated_by, (select count(*) from holiday_calendar_day d where d.year = y.year) n
					from holiday_calendar_year y order by y.year""")
			.query((rs, n) -> new YearView(rs.getInt("year"), rs.getString("source"), rs.getString("updated_by"),
					rs.getLong("n")))
			.list();
	}

	@Transactional(readOnly = true)
	public List<DayView> days(int year) {
		return this.jdbc.sql("select day, kind, name from holiday_calendar_day where year = :year order by day")
			.param("year", year)
			.query((rs, n) -> new DayView(rs.getDate("day").toLocalDate(), "WORKDAY".equals(rs.getString("kind")),
					rs.getString("name")))
			.list();
	}

	/** Enters a year (or corrects its source) so that its days can be counted. */
	@Transactional
	public void saveYear(CurrentUser user, int year, String source) {
		requireBureau(user);
		if (year < 2020 || year > 2100) {
			throw new PublicityRejectedException("year", "请填写有效的年份");
		}
		if (source == null || source.isBlank()) {
			throw new PublicityRejectedException("source", "请填写所依据的国务院办公厅通知");
		}
		this.jdbc
			.sql("""
					insert into holiday_calendar_year (year, source, updated_by, updated_at) values (:year, :source, :by, :at)
					on conflict (year) do update set source = excluded.source, updated_by = excluded.updated_by,
					    updated_at = excluded.updated_at, version = holiday_calendar_year.version + 1""")
			.param("year", year)
			.param("source", source.trim())
			.param("by", user.getUsername())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		this.auditLog.record(user.getUsername(), "节假日安排：录入年度", "HOLIDAY_CALENDAR", year, source.trim());
	}

	/** Enters or corrects one day of a year already entered. */
	@Transactional
	public void saveDay(CurrentUser user, LocalDate day, boolean workday, String name) {
		requireBureau(user);
		if (day == null) {
			throw new PublicityRejectedException("day", "请填写日期");
		}
		if (name == null || name.isBlank() || name.trim().length() > 60) {
			throw new PublicityRejectedException("name", "请填写节日名称（不超过 60 字）");
		}
		Integer known = this.jdbc.sql("select count(*) from holiday_calendar_year where year = :year")
			.param("year", day.getYear())
			.query(Integer.class)
			.single();
		if (known == 0) {
			throw new PublicityRejectedException("day", "请先录入" + day.getYear() + "年度及其依据的通知");
		}
		this.jdbc.sql("""
				insert into holiday_calendar_day (day, kind, name, year) values (:day, :kind, :name, :year)
				on conflict (day) do update set kind = excluded.kind, name = excluded.name""")
			.param("day", Date.valueOf(day))
			.param("kind", workday ? "WORKDAY" : "HOLIDAY")
			.param("name", name.trim())
			.param("year", day.getYear())
			.update();
		touch(user, day.getYear());
		this.auditLog.record(user.getUsername(), "节假日安排：" + (workday ? "调休上班" : "放假"), "HOLIDAY_CALENDAR",
				day.getYear(), day + " " + name.trim());
	}

	@Transactional
	public void removeDay(CurrentUser user, LocalDate day) {
		requireBureau(user);
		int removed = this.jdbc.sql("delete from holiday_calendar_day where day = :day")
			.param("day", Date.valueOf(day))
			.update();
		if (removed == 0) {
			throw new PublicityNotFoundException("未找到该日期的安排");
		}
		touch(user, day.getYear());
		this.auditLog.record(user.getUsername(), "节假日安排：删除", "HOLIDAY_CALENDAR", day.getYear(), day.toString());
	}

	private void touch(CurrentUser user, int year) {
		this.jdbc.sql("update holiday_calendar_year set updated_by = :by, updated_at = :at where year = :year")
			.param("by", user.getUsername())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("year", year)
			.update();
	}

	private static void requireBureau(CurrentUser user) {
		if (!user.hasRole(Role.BUREAU)) {
			throw new AccessDeniedException("只有市人力社保局可以维护节假日安排");
		}
	}

}
