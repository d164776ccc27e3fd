package cn.gov.cq.jianping.publicity.web;

/**
 * The re-review form (第十三条) as typed, so a refused one is shown again.
 */
record DecideForm(Long entryId, Long version, String verification, String verifiedBy, String upheld, String conclusion,
		String reply) {

	Boolean upheldValue() {
		return "true".equals(this.upheld) ? Boolean.TRUE : "false".equals(this.upheld) ? Boolean.FALSE : null;
	}

}
