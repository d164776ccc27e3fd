package cn.gov.cq.jianping.renewal.model;

/**
 * What the rules say about a renewal: it may be approved (with or without the technical
 * evaluation), it waits for something to be done first, or it is refused. Each carries
 * its Chinese reason and the article it rests on.
 */
public sealed interface RenewalVerdict permits RenewalVerdict.Approvable, RenewalVerdict.Waits, RenewalVerdict.Refused {

	String reason();

	String article();

	/** The registering authority may approve. */
	record Approvable(boolean technicalEvaluationWaived, String reason, String article) implements RenewalVerdict {
	}

	/**
	 * Not yet: approval is refused until the reason is removed (e.g. the rectification is
	 * accepted).
	 */
	record Waits(String reason, String article) implements RenewalVerdict {
	}

	/** No renewal. */
	record Refused(String reason, String article) implements RenewalVerdict {
	}

}
