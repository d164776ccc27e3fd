package cn.gov.cq.jianping.renewal;

/**
 * A renewal step the rules refuse, with the Chinese reason shown to the user.
 */
public class RenewalRejectedException extends RuntimeException {

	public RenewalRejectedException(String message) {
		super(message);
	}

}
