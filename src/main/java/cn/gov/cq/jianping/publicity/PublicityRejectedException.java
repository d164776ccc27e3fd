package cn.gov.cq.jianping.publicity;

/**
 * A publicity or objection step refused, naming the form field at fault.
 */
public class PublicityRejectedException extends RuntimeException {

	private final String field;

	public PublicityRejectedException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
