package cn.gov.cq.jianping.publicity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.PublicityPeriod;

import org.springframework.stereotype.Component;

/**
 * 第十二条's terms for a publicity: 10 natural days unless a reason is recorded, working days
 * on the bureau's holiday schedule, no start in the past (except for one recorded after
 * the fact, which must be over).
 */
@Component
class PublicityTerms {

	static final int MAX_REASON = 500;

	private final HolidayCalendars calendars;

	private final Clock clock;

	PublicityTerms(HolidayCalendars calendars, Clock clock) {
		this.calendars = calendars;
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	PublicityPeriod period(LocalDate start, Integer days, DayKind kind, boolean past) {
		PublicityPeriod period;
		try {
			period = PublicityPeriod.of(start, days == null ? PublicityPeriod.DEFAULT_DAYS : days, kind,
					this.calendars.current());
		}
		catch (IllegalArgumentException ex) {
			String field = start == null ? "start" : (ex.getMessage().contains("节假日安排") ? "dayKind" : "days");
			if (ex.getMessage().contains("开始日期")) {
				field = "start";
			}
			throw new PublicityRejectedException(field, ex.getMessage());
		}
		if (!past && start.isBefore(LocalDate.now(this.clock))) {
			throw new PublicityRejectedException("start", "公示开始日期不能早于今天");
		}
		if (past && !period.hasEndedAt(this.clock.instant())) {
			throw new PublicityRejectedException("start", "登记往期公示时，公示期须已结束");
		}
		return period;
	}

	/**
	 * The reason to keep with the publicity: none for 10 natural days; required for any
	 * other length of a new publicity, so that the notice can state it.
	 */
	String lengthReason(PublicityPeriod period, String reason, boolean past) {
		String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
		if (period.isStatutory()) {
			return null;
		}
		if (trimmed == null) {
			if (past) {
				return "往期纸质公示登记";
			}
			throw new PublicityRejectedException("lengthReason", "第十二条规定公示期为10天（自然日）；采用其他期限的，请填写理由，理由将在公示中载明");
		}
		if (trimmed.length() > MAX_REASON) {
			throw new PublicityRejectedException("lengthReason", "理由不超过 " + MAX_REASON + " 字");
		}
		return trimmed;
	}

}
