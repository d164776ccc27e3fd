package cn.gov.cq.jianping.supervision;

/**
 * A supervision step refused, with the reason in Chinese.
 */
public class SupervisionRejectedException extends RuntimeException {

	public SupervisionRejectedException(String message) {
		super(message);
	}

}
