package cn.gov.cq.jianping.evaluation.model;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineTest {

	private final Deadline deadline = new Deadline(LocalDate.of(2026, 12, 10));

	@Test
	void theLastSecondOfTheDayInBeijingIsStillInTime() {
		assertThat(this.deadline.isMissedAt(Instant.parse("2026-12-10T15:59:59Z"))).isFalse();
	}

	@Test
	void midnightBeijingTimeAfterTheDayIsLate() {
		assertThat(this.deadline.isMissedAt(Instant.parse("2026-12-10T16:00:00Z"))).isTrue();
	}

}
