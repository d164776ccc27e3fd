package cn.gov.cq.jianping.supervision.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * 抽查 (第二十条): a random sample that anyone can re-draw from the recorded seed and
 * population, to verify it was fair. The population is sorted first, so its order never
 * matters.
 */
public final class SampleDraw {

	private SampleDraw() {
	}

	public static List<Long> draw(List<Long> population, int size, long seed) {
		if (size < 1) {
			throw new IllegalArgumentException("抽取数量至少为 1");
		}
		if (size > population.size()) {
			throw new IllegalArgumentException("抽取数量 " + size + " 超过总体数量 " + population.size());
		}
		List<Long> sorted = new ArrayList<>(population.stream().distinct().sorted().toList());
		Random random = new Random(seed);
		// Partial Fisher–Yates: the first `size` positions become the sample.
		for (int i = 0; i < size; i++) {
			int j = i + random.nextInt(sorted.size() - i);
			Long swap = sorted.get(i);
			sorted.set(i, sorted.get(j));
			sorted.set(j, swap);
		}
		return List.copyOf(sorted.subList(0, size));
	}

}
