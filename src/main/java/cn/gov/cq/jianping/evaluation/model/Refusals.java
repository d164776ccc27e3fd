package cn.gov.cq.jianping.evaluation.model;

/**
 * The two refusals every case step shares: a step that may only follow a missed deadline,
 * and a step that needs a written reason.
 */
public final class Refusals {

	private Refusals() {
	}

	/** Refuses with the message unless the deadline was missed. */
	public static void requireMissed(boolean deadlineMissed, String message) {
		if (!deadlineMissed) {
			throw new IllegalTransitionException(message);
		}
	}

	/** Refuses a blank reason with the message; returns the reason trimmed. */
	public static String requireReason(String reason, String message) {
		if (reason == null || reason.isBlank()) {
			throw new InputRefusedException(message);
		}
		return reason.trim();
	}

}
