package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParticipationPolicyTest {

	@Test
	void anInstitutionRegisteredInTheRoundsYearStaysOutCitingArticle8() {
		ParticipationPolicy.Decision decision = ParticipationPolicy.defaultFor(2026, LocalDate.of(2026, 1, 2), true);
		assertThat(decision.included()).isFalse();
		assertThat(decision.reason()).contains("第八条");
	}

	@Test
	void anInstitutionRegisteredEarlierInStatusNormalTakesPart() {
		assertThat(ParticipationPolicy.defaultFor(2026, LocalDate.of(2025, 12, 31), true).included()).isTrue();
	}

	@Test
	void anInstitutionNotInStatusNormalStaysOut() {
		assertThat(ParticipationPolicy.defaultFor(2026, LocalDate.of(2020, 1, 1), false).included()).isFalse();
	}

}
