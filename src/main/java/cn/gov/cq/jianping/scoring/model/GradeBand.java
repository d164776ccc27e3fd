package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One score band of 第七条: totals in [{@code minInclusive}, {@code maxExclusive}) earn
 * {@code grade}.
 *
 * <p>
 * {@code maxExclusive} is {@code null} for the open top band and {@code minInclusive} is
 * {@code null} for the open bottom band, so a total outside 0–100 still falls into
 * exactly one band.
 *
 * @param grade the grade of the band
 * @param minInclusive lowest total in the band, or {@code null} when unbounded
 * @param maxExclusive first total above the band, or {@code null} when unbounded
 */
public record GradeBand(Grade grade, BigDecimal minInclusive, BigDecimal maxExclusive) {

	/** The bands of 第七条 from highest to lowest. */
	public static final List<GradeBand> ARTICLE_7 = List.of(
			new GradeBand(Grade.EXCELLENT, BigDecimal.valueOf(90), null),
			new GradeBand(Grade.QUALIFIED, BigDecimal.valueOf(75), BigDecimal.valueOf(90)),
			new GradeBand(Grade.BASIC, BigDecimal.valueOf(60), BigDecimal.valueOf(75)),
			new GradeBand(Grade.UNQUALIFIED, null, BigDecimal.valueOf(60)));

	public GradeBand {
		Objects.requireNonNull(grade, "grade must not be null");
	}

	/**
	 * Returns the band of 第七条 containing the exact total; no rounding happens first.
	 */
	public static GradeBand of(BigDecimal total) {
		Objects.requireNonNull(total, "total must not be null");
		for (GradeBand band : ARTICLE_7) {
			if (band.contains(total)) {
				return band;
			}
		}
		throw new IllegalStateException("第七条 bands do not cover " + total);
	}

	/**
	 * Tells whether the exact total lies in this band.
	 */
	public boolean contains(BigDecimal total) {
		return (this.minInclusive == null || total.compareTo(this.minInclusive) >= 0)
				&& (this.maxExclusive == null || total.compareTo(this.maxExclusive) < 0);
	}

	/**
	 * Returns the band in the wording of 第七条, e.g. “75 分及以上 90 分以下”.
	 */
	public String describe() {
		if (this.minInclusive == null) {
			return Numbers.plain(this.maxExclusive) + " 分以下";
		}
		if (this.maxExclusive == null) {
			return Numbers.plain(this.minInclusive) + " 分及以上";
		}
		return Numbers.plain(this.minInclusive) + " 分及以上 " + Numbers.plain(this.maxExclusive) + " 分以下";
	}

}
