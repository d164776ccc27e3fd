package cn.gov.cq.jianping.rubric;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Argument checks shared by the rubric records.
 */
final class Checks {

	private Checks() {
	}

	static String code(String code, String what) {
		Objects.requireNonNull(code, what + " code must not be null");
		if (code.isBlank()) {
			throw new IllegalArgumentException(what + " code must not be blank");
		}
		return code;
	}

	static String text(String text, String what) {
		Objects.requireNonNull(text, what + " must not be null");
		if (text.isBlank()) {
			throw new IllegalArgumentException(what + " must not be blank");
		}
		return text;
	}

	static BigDecimal points(BigDecimal points, String owner) {
		Objects.requireNonNull(points, "points of " + owner + " must not be null");
		if (points.signum() < 0) {
			throw new IllegalArgumentException("points of " + owner + " must not be negative: " + points);
		}
		return points;
	}

}
