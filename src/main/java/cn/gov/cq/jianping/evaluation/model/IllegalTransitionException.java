package cn.gov.cq.jianping.evaluation.model;

/**
 * A step the case cannot take now; the message tells the user why, in Chinese.
 */
public class IllegalTransitionException extends RuntimeException {

	public IllegalTransitionException(String message) {
		super(message);
	}

}
