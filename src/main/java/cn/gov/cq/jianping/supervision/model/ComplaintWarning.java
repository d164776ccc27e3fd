package cn.gov.cq.jianping.supervision.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The veto warning for experts: "半年内被投诉举报2次（含）以上，经核查投诉举报情况属实". 半年内 is read against the
 * round: the six months before its reference date, so an old pair of complaints no longer
 * warns.
 */
public final class ComplaintWarning {

	public static final String TEXT = "半年内被投诉举报2次（含）以上，经核查投诉举报情况属实";

	/** How many verified complaints in the window raise the warning. */
	public static final int THRESHOLD = 2;

	private ComplaintWarning() {
	}

	/**
	 * The verified complaints whose report date lies in the six months up to the date.
	 */
	public static List<LocalDate> withinSixMonths(List<LocalDate> verifiedComplaintDates, LocalDate referenceDate) {
		LocalDate from = referenceDate.minusMonths(6);
		return verifiedComplaintDates.stream()
			.filter(d -> !d.isAfter(referenceDate) && !d.isBefore(from))
			.sorted()
			.toList();
	}

	/**
	 * A warning when two or more verified complaints were reported within the six months
	 * before {@code referenceDate} (the round's reference date).
	 */
	public static Optional<String> check(List<LocalDate> verifiedComplaintDates, LocalDate referenceDate) {
		List<LocalDate> within = withinSixMonths(verifiedComplaintDates, referenceDate);
		if (within.size() < THRESHOLD) {
			return Optional.empty();
		}
		return Optional.of("否定评判项警示：" + TEXT + "（" + referenceDate.minusMonths(6) + " 至 " + referenceDate + " 共 "
				+ within.size() + " 次：" + String.join("、", within.stream().map(LocalDate::toString).toList()) + "）");
	}

}
