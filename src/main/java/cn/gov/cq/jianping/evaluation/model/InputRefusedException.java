package cn.gov.cq.jianping.evaluation.model;

/**
 * Input a case step cannot use as given: a required reason left blank, a file too large
 * or of the wrong type. Unlike {@link IllegalTransitionException} the step itself is
 * allowed; the message says in Chinese what to fix.
 */
public class InputRefusedException extends RuntimeException {

	public InputRefusedException(String message) {
		super(message);
	}

}
