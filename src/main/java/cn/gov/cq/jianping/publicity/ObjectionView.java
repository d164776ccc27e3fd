package cn.gov.cq.jianping.publicity;

import java.time.Instant;
import java.util.List;

/**
 * An objection as the bureau lists it: personal data masked unless revealed.
 */
public record ObjectionView(long id, long entryId, String receiptNumber, String objectorKind, String name,
		String idNumber, String phone, String organisation, String orgCreditCode, String contactPerson, String content,
		Instant submittedAt, String status, boolean decided, String verification, String verifiedBy, String conclusion,
		String reply, String decidedBy, Instant decidedAt, boolean personalDataErased, long version,
		List<String> evidence) {
}
