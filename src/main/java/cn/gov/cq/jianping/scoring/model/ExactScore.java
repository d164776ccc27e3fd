package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact panel score: a decimal numerator over a small positive whole denominator, e.g.
 * 2/3 for the mean of 1, 0.5 and 0.5. Panel means are kept like this until they are
 * shown, so that no rounding of a single criterion can move a total across a grade
 * boundary.
 *
 * @param numerator the exact decimal numerator
 * @param denominator the positive denominator (a number of experts, or a product of such)
 */
public record ExactScore(BigDecimal numerator, long denominator) implements Comparable<ExactScore> {

	/** The shown scale: scores are shown rounded down to 0.01. */
	public static final int SHOWN_SCALE = 2;

	/** Zero. */
	public static final ExactScore ZERO = new ExactScore(BigDecimal.ZERO, 1);

	public ExactScore {
		Objects.requireNonNull(numerator, "numerator must not be null");
		if (denominator <= 0) {
			throw new IllegalArgumentException("denominator must be positive");
		}
	}

	/**
	 * A whole decimal value (denominator 1).
	 */
	public static ExactScore of(BigDecimal value) {
		return new ExactScore(value, 1);
	}

	/**
	 * The exact quotient {@code sum / count}.
	 */
	public static ExactScore of(BigDecimal sum, long count) {
		return new ExactScore(sum, count);
	}

	/**
	 * The exact sum of this score and another; the denominator is the least common
	 * multiple.
	 */
	public ExactScore plus(ExactScore other) {
		if (this.denominator == other.denominator) {
			return new ExactScore(this.numerator.add(other.numerator), this.denominator);
		}
		long lcm = Math.multiplyExact(this.denominator / gcd(this.denominator, other.denominator), other.denominator);
		BigDecimal a = this.numerator.multiply(BigDecimal.valueOf(lcm / this.denominator));
		BigDecimal b = other.numerator.multiply(BigDecimal.valueOf(lcm / other.denominator));
		return new ExactScore(a.add(b), lcm);
	}

	/**
	 * The value rounded down to 0.01, as shown to users and stored as the panel total.
	 */
	public BigDecimal shown() {
		return this.numerator.divide(BigDecimal.valueOf(this.denominator), SHOWN_SCALE, RoundingMode.DOWN);
	}

	/**
	 * The value rounded down to the given scale; comparing it with any number of at most
	 * that scale gives the same answer as comparing the exact value.
	 */
	public BigDecimal floor(int scale) {
		return this.numerator.divide(BigDecimal.valueOf(this.denominator), scale, RoundingMode.DOWN);
	}

	/**
	 * Compares exactly with a decimal, without any division.
	 */
	public int compareTo(BigDecimal value) {
		return this.numerator.compareTo(value.multiply(BigDecimal.valueOf(this.denominator)));
	}

	@Override
	public int compareTo(ExactScore other) {
		BigDecimal a = this.numerator.multiply(BigDecimal.valueOf(other.denominator));
		BigDecimal b = other.numerator.multiply(BigDecimal.valueOf(this.denominator));
		return a.compareTo(b);
	}

	/**
	 * Tells whether both denote the same number (1/2 equals 2/4).
	 */
	public boolean isEqualTo(ExactScore other) {
		return compareTo(other) == 0;
	}

	/**
	 * Tells whether the value is a decimal with at most two decimals, i.e. shown without
	 * loss.
	 */
	public boolean isShownExactly() {
		return compareTo(shown()) == 0;
	}

	/**
	 * The grade 第七条 gives this exact value: flooring to 20 decimals keeps every
	 * comparison with the whole-number band limits exact.
	 */
	public Grade grade() {
		return Grade.ofTotal(floor(20));
	}

	private static long gcd(long a, long b) {
		while (b != 0) {
			long t = a % b;
			a = b;
			b = t;
		}
		return a;
	}

	@Override
	public String toString() {
		return this.numerator.toPlainString() + "/" + this.denominator;
	}

}
