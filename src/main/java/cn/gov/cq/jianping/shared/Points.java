package cn.gov.cq.jianping.shared;

import java.math.BigDecimal;

import org.springframework.stereotype.Component;

/**
 * How points are shown to users: the exact value, no exponent, no trailing zeros (2.50 →
 * 2.5, 100.00 → 100). Rounding, where a rule needs it, is the rule's business, never the
 * display's. Templates call it as {@code ${@points.format(value)}}.
 */
@Component("points")
public final class Points {

	/** The value as shown; blank for a missing value. */
	public static String show(BigDecimal value) {
		if (value == null) {
			return "";
		}
		if (value.signum() == 0) {
			return "0";
		}
		return value.stripTrailingZeros().toPlainString();
	}

	/**
	 * {@link #show(BigDecimal)} for templates, which reach beans rather than static
	 * methods.
	 */
	public String format(BigDecimal value) {
		return show(value);
	}

}
