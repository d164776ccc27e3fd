package cn.gov.cq.jianping.evaluation.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The on-site visit (实地检查, 第十一条) of a case: the center schedules it for today or a later
 * day, never for a day gone by; the experts' on-site scoring opens on the visit date, or
 * on the earlier day the center records as the actual visit, with its reason. Days are
 * days in Asia/Shanghai, as the caller's clock gives them.
 */
public final class VisitSchedule {

	private VisitSchedule() {
	}

	/** Why this visit date cannot be scheduled today, if it cannot. */
	public static Optional<String> refusalOfScheduled(LocalDate visitDate, LocalDate today) {
		if (visitDate == null) {
			return Optional.of("请填写实地检查日期");
		}
		if (visitDate.isBefore(today)) {
			return Optional.of("实地检查日期不能早于今天（" + today + "）");
		}
		return Optional.empty();
	}

	/**
	 * Why this actual visit date cannot be recorded, if it cannot: it must have come
	 * (today at the latest), lie before the scheduled date, and come with a reason.
	 */
	public static Optional<String> refusalOfActual(LocalDate actual, String reason, LocalDate scheduled,
			LocalDate today) {
		if (scheduled == null) {
			return Optional.of("请先组建专家组并安排实地检查日期");
		}
		if (actual == null) {
			return Optional.of("请填写实际现场评审日期");
		}
		if (actual.isAfter(today)) {
			return Optional.of("实际现场评审日期不能晚于今天（" + today + "）");
		}
		if (!actual.isBefore(scheduled)) {
			return Optional.of("实际现场评审日期须早于原定日期（" + scheduled + "）");
		}
		if (reason == null || reason.isBlank()) {
			return Optional.of("请填写提前现场评审的原因");
		}
		return Optional.empty();
	}

	/**
	 * The day on-site scoring opens: the actual visit if one was recorded, else the
	 * scheduled one; {@code null} when no visit was scheduled (cases from before visits
	 * were scheduled score as they always did).
	 */
	public static LocalDate scoringOpensOn(LocalDate scheduled, LocalDate actual) {
		return actual != null ? actual : scheduled;
	}

	/** Whether experts may score on this day. */
	public static boolean scoringOpen(LocalDate scheduled, LocalDate actual, LocalDate today) {
		LocalDate opens = scoringOpensOn(scheduled, actual);
		return opens == null || !today.isBefore(opens);
	}

	/** What the expert's read-only sheet says before the visit. */
	public static String closedNote(LocalDate scheduled, LocalDate actual) {
		return "现场评审日期为 " + scoringOpensOn(scheduled, actual) + "，届时开放评分";
	}

	/** Refuses on-site scoring before the visit, with {@link #closedNote}. */
	public static void requireScoringOpen(LocalDate scheduled, LocalDate actual, LocalDate today) {
		if (!scoringOpen(scheduled, actual, today)) {
			throw new IllegalTransitionException(closedNote(scheduled, actual));
		}
	}

}
