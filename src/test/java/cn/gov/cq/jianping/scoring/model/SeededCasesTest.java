package cn.gov.cq.jianping.scoring.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeededCasesTest {

	@Test
	void aFailingCaseIsReportedWithTheSeedThatReplaysIt() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> SeededCases.check(42L, (random) -> assertThat(random.nextInt(10)).isNegative()))
			.withMessageContaining("seed 42")
			.withMessageContaining("-Dscoring.seed=42 -Dscoring.cases=1");
	}

	@Test
	void eachPropertyGetsAThousandDistinctReproducibleSeeds() {
		assertThat(SeededCases.seeds("engine").distinct().count()).isEqualTo(SeededCases.DEFAULT_CASES);
		assertThat(SeededCases.seeds("engine").toList()).isEqualTo(SeededCases.seeds("engine").toList());
		assertThat(SeededCases.seeds("engine").toList()).isNotEqualTo(SeededCases.seeds("panel").toList());
	}

}
