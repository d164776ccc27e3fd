package cn.gov.cq.jianping.publicity.web;

import java.io.Serializable;

import cn.gov.cq.jianping.publicity.ObjectionForm;

/**
 * What the public objection form posts: the service's form plus the image challenge or,
 * as its accessible alternative, the code sent by SMS. Files come separately and are
 * never kept between attempts.
 */
record ObjectionInput(Long entryId, String objectorKind, String name, String idNumber, String phone,
		String organisation, String orgCreditCode, String contactPerson, String content, Boolean consent,
		Boolean sensitiveConsent, String captcha, String smsCode) implements Serializable {

	static final String PERSON = "PERSON";

	static ObjectionInput blank(long entryId) {
		return new ObjectionInput(entryId, PERSON, null, null, null, null, null, null, null, false, false, null, null);
	}

	/** The same input without the challenge answers, which are never shown again. */
	ObjectionInput withoutCodes() {
		return new ObjectionInput(this.entryId, this.objectorKind, this.name, this.idNumber, this.phone,
				this.organisation, this.orgCreditCode, this.contactPerson, this.content, this.consent,
				this.sensitiveConsent, null, null);
	}

	/** Whether the citizen answered with the SMS code rather than the image. */
	boolean bySms() {
		return this.smsCode != null && !this.smsCode.isBlank();
	}

	ObjectionForm toForm() {
		return new ObjectionForm(this.entryId, this.objectorKind, this.name, this.idNumber, this.phone,
				this.organisation, this.orgCreditCode, this.contactPerson, this.content,
				Boolean.TRUE.equals(this.consent), Boolean.TRUE.equals(this.sensitiveConsent));
	}

}
