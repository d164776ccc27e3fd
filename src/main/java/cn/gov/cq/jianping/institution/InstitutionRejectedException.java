package cn.gov.cq.jianping.institution;

/**
 * A change to the registry refused for a reason the user can fix; names the field at
 * fault.
 */
public class InstitutionRejectedException extends RuntimeException {

	private final String field;

	public InstitutionRejectedException(String field, String message) {
		super(message);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
