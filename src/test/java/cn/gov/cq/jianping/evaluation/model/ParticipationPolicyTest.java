package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;

import cn.gov.cq.jianping.institution.InstitutionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationPolicyTest {

	@Test
	void anInstitutionRegisteredInTheRoundsYearStaysOutCitingArticle8() {
		ParticipationPolicy.Decision decision = ParticipationPolicy.defaultFor(2026, LocalDate.of(2026, 1, 2),
				InstitutionStatus.NORMAL);
		assertThat(decision.included()).isFalse();
		assertThat(decision.reason()).contains("第八条");
	}

	@Test
	void anInstitutionRegisteredEarlierInStatusNormalTakesPart() {
		assertThat(
				ParticipationPolicy.defaultFor(2026, LocalDate.of(2025, 12, 31), InstitutionStatus.NORMAL).included())
			.isTrue();
	}

	@ParameterizedTest
	@EnumSource(value = InstitutionStatus.class, names = { "NORMAL", "RECTIFYING", "SUSPENDED" })
	void anInstitutionUnderRectificationOrSuspendedIsADefaultParticipant(InstitutionStatus status) {
		ParticipationPolicy.Decision decision = ParticipationPolicy.defaultFor(2026, LocalDate.of(2020, 1, 1), status);
		assertThat(decision.included()).isTrue();
		assertThat(decision.reason()).contains(status.label());
	}

	@Test
	void aCancelledInstitutionStaysOut() {
		assertThat(
				ParticipationPolicy.defaultFor(2026, LocalDate.of(2020, 1, 1), InstitutionStatus.CANCELLED).included())
			.isFalse();
	}

	@Test
	void aSuspendedInstitutionRegisteredThisYearStillStaysOut() {
		assertThat(
				ParticipationPolicy.defaultFor(2026, LocalDate.of(2026, 3, 1), InstitutionStatus.SUSPENDED).included())
			.isFalse();
	}

	@Test
	void aRegistrationExpiringTodayStillTakesPart() {
		LocalDate today = LocalDate.of(2026, 12, 3);
		ParticipationPolicy.Decision decision = ParticipationPolicy.defaultFor(2026, LocalDate.of(2023, 12, 3), today,
				InstitutionStatus.NORMAL, today);
		assertThat(decision.included()).isTrue();
		assertThat(decision.reason()).doesNotContain("过期");
	}

	@Test
	void aRegistrationExpiredYesterdayStaysOutAwaitingRenewal() {
		LocalDate today = LocalDate.of(2026, 12, 3);
		ParticipationPolicy.Decision decision = ParticipationPolicy.defaultFor(2026, LocalDate.of(2023, 12, 2),
				today.minusDays(1), InstitutionStatus.NORMAL, today);
		assertThat(decision.included()).isFalse();
		assertThat(decision.reason()).isEqualTo("备案已过期，待延续备案（有效期至 2026-12-02）");
	}

}
