package cn.gov.cq.jianping.supervision.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The veto warning for experts: "半年内被投诉举报2次（含）以上，经核查投诉举报情况属实".
 */
public final class ComplaintWarning {

	public static final String TEXT = "半年内被投诉举报2次（含）以上，经核查投诉举报情况属实";

	private ComplaintWarning() {
	}

	/**
	 * A warning when two or more verified complaints fall within any six months up to
	 * {@code today}.
	 */
	public static Optional<String> check(List<LocalDate> verifiedComplaintDates, LocalDate today) {
		List<LocalDate> sorted = verifiedComplaintDates.stream().filter(d -> !d.isAfter(today)).sorted().toList();
		for (int i = 1; i < sorted.size(); i++) {
			if (!sorted.get(i).isAfter(sorted.get(i - 1).plusMonths(6))) {
				return Optional.of("否定评判项警示：" + TEXT + "（" + sorted.get(i - 1) + "、" + sorted.get(i) + "）");
			}
		}
		return Optional.empty();
	}

}
