package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;

/**
 * Number helpers shared by the engine; all arithmetic stays in {@link BigDecimal}.
 */
final class Numbers {

	static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

	private Numbers() {
	}

	/**
	 * Formats a number for Chinese messages: no exponent, no trailing zeros (2.50 → 2.5,
	 * 100 → 100).
	 */
	static String plain(BigDecimal value) {
		if (value == null) {
			return "（空）";
		}
		if (value.signum() == 0) {
			return "0";
		}
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * Tells whether the value has at most two significant decimals (2.50 does, 2.505 does
	 * not).
	 */
	static boolean hasAtMostTwoDecimals(BigDecimal value) {
		if (value.scale() <= 2) {
			return true;
		}
		return value.stripTrailingZeros().scale() <= 2;
	}

	/**
	 * Tells whether the value is an integral multiple of the (positive) step, exactly.
	 */
	static boolean isMultipleOf(BigDecimal value, BigDecimal step) {
		// Scores and steps almost always have at most 2 decimals: compare them as whole
		// hundredths, which is
		// far cheaper on the scoring hot path than BigDecimal.remainder.
		long v = hundredths(value);
		long s = hundredths(step);
		if (v != NOT_HUNDREDTHS && s != NOT_HUNDREDTHS && s != 0) {
			return v % s == 0;
		}
		return value.remainder(step).signum() == 0;
	}

	private static final long NOT_HUNDREDTHS = Long.MIN_VALUE;

	/**
	 * Returns the value in hundredths, or {@link #NOT_HUNDREDTHS} when its scale is not
	 * 0–2 or it is huge.
	 */
	private static long hundredths(BigDecimal value) {
		int scale = value.scale();
		if (scale < 0 || scale > 2 || value.precision() > 15) {
			return NOT_HUNDREDTHS;
		}
		return switch (scale) {
			case 0 -> value.longValue() * 100;
			case 1 -> value.scaleByPowerOfTen(1).longValue() * 10;
			default -> value.scaleByPowerOfTen(2).longValue();
		};
	}

}
