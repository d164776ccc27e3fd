package cn.gov.cq.jianping.publicity.model;

import java.time.Instant;

/**
 * The one status an entry shows, read together with its publicity's period: an entry
 * waiting for a period that has not begun is not yet 公示中, and one whose period is over
 * but not yet confirmed says so, so the entry and the period badge never disagree.
 */
public final class EntryStatusShown {

	/** Shown before the period begins. */
	public static final String NOT_STARTED = "未开始";

	/** Shown during the period. */
	public static final String UNDER_NOTICE = "公示中";

	/** Shown after the period, until the confirmation job confirms the grade. */
	public static final String AWAITING_CONFIRMATION = "公示期满，待确定";

	private EntryStatusShown() {
	}

	/**
	 * @param stillUnderNotice whether the stored status is under notice
	 * @param storedLabel the label of the stored status otherwise (已确定, 重新评估)
	 */
	public static String of(boolean stillUnderNotice, String storedLabel, PublicityPeriod period, Instant now) {
		if (!stillUnderNotice) {
			return storedLabel;
		}
		if (period.isOpenAt(now)) {
			return UNDER_NOTICE;
		}
		return period.hasEndedAt(now) ? AWAITING_CONFIRMATION : NOT_STARTED;
	}

}
