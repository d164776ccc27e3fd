package cn.gov.cq.jianping.supervision;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a rectification order counts as not completed on time (veto ⑤), both ways. */
class RectificationLatenessTest {

	private static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);

	private static final LocalDate DEADLINE = LocalDate.of(2026, 4, 1);

	private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 25);

	private static SupervisionDailyRecord.Order order(String status, LocalDate reportedOn) {
		return new SupervisionDailyRecord.Order(ISSUED, DEADLINE, status, reportedOn, "考务档案整改");
	}

	@Test
	void anOrderAcceptedOnAReportByTheDeadlineIsOnTime() {
		assertThat(order("ACCEPTED", DEADLINE).late(REFERENCE)).isFalse();
		assertThat(order("ACCEPTED", DEADLINE).describe(REFERENCE)).contains("按期完成整改");
	}

	@Test
	void anOrderAcceptedOnAReportAfterTheDeadlineIsLate() {
		assertThat(order("ACCEPTED", DEADLINE.plusDays(1)).late(REFERENCE)).isTrue();
		assertThat(order("ACCEPTED", DEADLINE.plusDays(1)).describe(REFERENCE)).contains("逾期完成整改");
	}

	@Test
	void anOverdueOrderIsLate() {
		assertThat(order("OVERDUE", null).late(REFERENCE)).isTrue();
		assertThat(order("OVERDUE", null).describe(REFERENCE)).contains("逾期未完成整改");
	}

	@Test
	void anOpenOrderIsLateOnlyAfterItsDeadline() {
		assertThat(order("OPEN", null).late(DEADLINE)).isFalse();
		assertThat(order("REPORTED", null).late(DEADLINE)).isFalse();
		assertThat(order("OPEN", null).late(DEADLINE.plusDays(1))).isTrue();
	}

}
