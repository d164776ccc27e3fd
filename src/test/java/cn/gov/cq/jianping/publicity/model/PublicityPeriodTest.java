package cn.gov.cq.jianping.publicity.model;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PublicityPeriodTest {

	@Test
	void tenNaturalDaysFromTheFirstCloseAt235959OfTheTenthDayBeijingTime() {
		PublicityPeriod period = new PublicityPeriod(LocalDate.of(2026, 12, 1), 10, DayKind.NATURAL);
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThat(period.isOpenAt(Instant.parse("2026-12-10T15:59:59Z"))).isTrue();
		assertThat(period.isOpenAt(Instant.parse("2026-12-10T16:00:00Z"))).isFalse();
		assertThat(period.hasEndedAt(Instant.parse("2026-12-10T16:00:00Z"))).isTrue();
		assertThat(period.isOpenAt(Instant.parse("2026-11-30T15:59:59Z"))).isFalse();
		assertThat(period.isOpenAt(Instant.parse("2026-11-30T16:00:00Z"))).isTrue();
	}

	@Test
	void workingDaysSkipWeekends() {
		// 2026-12-01 is a Tuesday: 10 working days end on Monday 2026-12-14.
		PublicityPeriod period = new PublicityPeriod(LocalDate.of(2026, 12, 1), 10, DayKind.WORKING);
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 12, 14));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PublicityPeriod(LocalDate.of(2026, 12, 5), 10, DayKind.WORKING));
	}

	@Test
	void theDefaultIsTenNaturalDays() {
		assertThat(PublicityPeriod.DEFAULT_DAYS).isEqualTo(10);
		assertThat(new PublicityPeriod(LocalDate.of(2026, 1, 1), 10, null).kind()).isEqualTo(DayKind.NATURAL);
	}

}
