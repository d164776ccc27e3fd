package cn.gov.cq.jianping.renewal.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When an institution may apply: from 90 days before its registration expires (the to-dos
 * remind it at 90 and 30 days), and after it has expired, since an expired registration
 * is renewed through the same procedure. The new term runs three years from the old
 * expiry date, or from the decision if the registration had already run out.
 */
public final class RenewalWindow {

	/** How early an application is accepted, and the first reminder. */
	public static final int OPENS_DAYS_BEFORE = 90;

	/** The second, urgent reminder. */
	public static final int URGENT_DAYS_BEFORE = 30;

	/** The length of a renewed term. */
	public static final int TERM_YEARS = 3;

	private RenewalWindow() {
	}

	/** Why an application cannot be made yet on {@code today}; empty if it can. */
	public static Optional<String> refusal(LocalDate expiresOn, LocalDate today) {
		LocalDate opens = expiresOn.minusDays(OPENS_DAYS_BEFORE);
		if (today.isBefore(opens)) {
			return Optional.of("备案有效期至 " + expiresOn + "，有效期届满前 " + OPENS_DAYS_BEFORE + " 日内（" + opens + " 起）方可申请延续备案");
		}
		return Optional.empty();
	}

	public static LocalDate newExpiry(LocalDate expiresOn, LocalDate decidedOn) {
		LocalDate from = expiresOn.isBefore(decidedOn) ? decidedOn : expiresOn;
		return from.plusYears(TERM_YEARS);
	}

}
