package cn.gov.cq.jianping.publicity.model;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One status per entry: the entry never says 公示中 while its period says 未开始. */
class EntryStatusShownTest {

	private final PublicityPeriod period = new PublicityPeriod(LocalDate.of(2026, 12, 1), 10, DayKind.NATURAL);

	@Test
	void anEntryWhosePeriodHasNotBegunIsNotStartedUntilTheFirstSecond() {
		assertThat(EntryStatusShown.of(true, "公示中", this.period, Instant.parse("2026-11-30T15:59:59Z")))
			.isEqualTo("未开始");
		assertThat(EntryStatusShown.of(true, "公示中", this.period, Instant.parse("2026-11-30T16:00:00Z")))
			.isEqualTo("公示中");
	}

	@Test
	void anEntryPastItsLastDayAwaitsConfirmationRatherThanStayingUnderNotice() {
		assertThat(EntryStatusShown.of(true, "公示中", this.period, Instant.parse("2026-12-10T15:59:59Z")))
			.isEqualTo("公示中");
		assertThat(EntryStatusShown.of(true, "公示中", this.period, Instant.parse("2026-12-10T16:00:00Z")))
			.isEqualTo("公示期满，待确定");
	}

	@Test
	void aConfirmedOrWithdrawnEntryKeepsItsOwnStatusWhateverThePeriod() {
		for (String at : new String[] { "2026-11-01T00:00:00Z", "2026-12-05T00:00:00Z", "2027-01-01T00:00:00Z" }) {
			assertThat(EntryStatusShown.of(false, "已确定", this.period, Instant.parse(at))).isEqualTo("已确定");
			assertThat(EntryStatusShown.of(false, "异议成立，重新评估", this.period, Instant.parse(at))).isEqualTo("异议成立，重新评估");
		}
	}

}
