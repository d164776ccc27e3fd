package cn.gov.cq.jianping.publicity;

import java.time.Instant;

/**
 * What the objector sees with the receipt number.
 */
public record ObjectionStatus(String receiptNumber, String institutionName, Instant submittedAt, String status,
		boolean decided, String conclusion, String reply, Instant decidedAt) {
}
