package cn.gov.cq.jianping.publicity.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * 第十二条 in working days follows the State Council's schedule with 调休, never a
 * Monday-to-Friday guess.
 */
class HolidayScheduleTest {

	private final HolidaySchedule schedule = HolidaySchedule.shipped();

	@Test
	void tenWorkingDaysFromTheTwentyEighthOfSeptember2026EndOnTheFifteenthOfOctober() {
		PublicityPeriod period = PublicityPeriod.of(LocalDate.of(2026, 9, 28), 10, DayKind.WORKING, this.schedule);
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 10, 15));
	}

	@Test
	void theMakeUpSaturdayOfTheSpringFestivalIsAcceptedAsAStartDate() {
		PublicityPeriod period = PublicityPeriod.of(LocalDate.of(2026, 2, 14), 10, DayKind.WORKING, this.schedule);
		// 2.14 (Sat, 调休) counts, 2.15–2.23 are holidays, then 2.24–2.27 and 2.28 (Sat,
		// 调休),
		// 3.2–3.5.
		assertThat(period.lastDay()).isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void aHolidayOrAnOrdinarySundayIsRefusedAsAStartDate() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicityPeriod.of(LocalDate.of(2026, 10, 5), 10, DayKind.WORKING, this.schedule))
			.withMessageContaining("工作日");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicityPeriod.of(LocalDate.of(2026, 2, 16), 10, DayKind.WORKING, this.schedule));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicityPeriod.of(LocalDate.of(2026, 2, 15), 10, DayKind.WORKING, this.schedule));
	}

	@Test
	void makeUpWorkdaysCountAndHolidaysDoNot() {
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2026, 9, 20))).isTrue();
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
		assertThat(this.schedule.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
	}

	@Test
	void aYearWithoutAScheduleCannotBeCountedInWorkingDays() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> PublicityPeriod.of(LocalDate.of(2027, 3, 1), 10, DayKind.WORKING, this.schedule))
			.withMessageContaining("尚未录入2027年");
		// ...but natural days need no schedule.
		assertThat(PublicityPeriod.of(LocalDate.of(2027, 3, 1), 10, DayKind.NATURAL, this.schedule).lastDay())
			.isEqualTo(LocalDate.of(2027, 3, 10));
	}

	@Test
	void onlyTenNaturalDaysAreTheStatutoryLength() {
		assertThat(PublicityPeriod.of(LocalDate.of(2026, 3, 2), 10, DayKind.NATURAL, this.schedule).isStatutory())
			.isTrue();
		assertThat(PublicityPeriod.of(LocalDate.of(2026, 3, 2), 10, DayKind.WORKING, this.schedule).isStatutory())
			.isFalse();
		assertThat(PublicityPeriod.of(LocalDate.of(2026, 3, 2), 7, DayKind.NATURAL, this.schedule).isStatutory())
			.isFalse();
	}

}
