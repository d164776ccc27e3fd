package cn.gov.cq.jianping.scoring.model;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded random cases for plain JUnit 5 property tests: each case gets its own seed,
 * derived from a fixed base seed that {@code -Dscoring.seed=…} overrides, and a failing
 * case names its seed so it can be replayed alone with
 * {@code -Dscoring.seed=<seed> -Dscoring.cases=1}.
 */
final class SeededCases {

	/** The base seed unless overridden: the number of the measures, 渝人社发〔2021〕33号. */
	static final long DEFAULT_BASE_SEED = 2021_33L;

	static final int DEFAULT_CASES = 1_000;

	private SeededCases() {
	}

	/**
	 * The seeds of one property; the property name keeps different properties from
	 * sharing seeds.
	 */
	static Stream<Long> seeds(String property) {
		long base = Long.getLong("scoring.seed", DEFAULT_BASE_SEED);
		int cases = Integer.getInteger("scoring.cases", DEFAULT_CASES);
		if (cases == 1) {
			return Stream.of(base);
		}
		long salt = property.hashCode();
		return LongStream.range(0, cases).mapToObj((i) -> new SplittableRandom(base ^ (salt * 31 + i)).nextLong());
	}

	/**
	 * Runs one case with a random source seeded from {@code seed}; a failure is reported
	 * with the seed.
	 */
	static void check(long seed, Consumer<SplittableRandom> property) {
		try {
			property.accept(new SplittableRandom(seed));
		}
		catch (AssertionError | RuntimeException ex) {
			String replay = "property failed for seed " + seed + " (replay: -Dscoring.seed=" + seed
					+ " -Dscoring.cases=1)";
			System.err.println(replay);
			throw new AssertionError(replay + ": " + ex.getMessage(), ex);
		}
	}

}
