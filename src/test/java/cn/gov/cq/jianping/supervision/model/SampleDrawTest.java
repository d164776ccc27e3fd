package cn.gov.cq.jianping.supervision.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleDrawTest {

	private final List<Long> population = LongStream.rangeClosed(1, 60).boxed().toList();

	@Test
	void theSameSeedAndPopulationGiveTheSameSample() {
		assertThat(SampleDraw.draw(this.population, 8, 20261125L))
			.isEqualTo(SampleDraw.draw(this.population, 8, 20261125L));
	}

	@Test
	void theOrderInWhichThePopulationIsListedDoesNotMatter() {
		List<Long> reversed = this.reversedCopy(population);
		assertThat(SampleDraw.draw(reversed, 8, 42L)).isEqualTo(SampleDraw.draw(this.population, 8, 42L));
	}

	@Test
	void anotherSeedGivesAnotherSampleOfDistinctMembers() {
		List<Long> sample = SampleDraw.draw(this.population, 8, 1L);
		assertThat(sample).doesNotHaveDuplicates().hasSize(8).isSubsetOf(this.population);
		assertThat(SampleDraw.draw(this.population, 8, 2L)).isNotEqualTo(sample);
	}

	@Test
	void refusesASampleLargerThanThePopulation() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleDraw.draw(List.of(1L, 2L), 3, 1L))
			.withMessageContaining("超过总体数量");
	}

	private static List<Long> reversedCopy(List<Long> list) {
		List<Long> copy = new ArrayList<>(list);
		Collections.reverse(copy);
		return copy;
	}

}
