package cn.gov.cq.jianping.publicity;

import java.time.Instant;
import java.util.List;

import cn.gov.cq.jianping.notification.NotificationSend;

/**
 * What the objector sees with the receipt number, including when and how the result was
 * sent to them (第十三条: "将复核结果告知异议提出人").
 */
public record ObjectionStatus(String receiptNumber, String institutionName, Instant submittedAt, String status,
		boolean decided, String conclusion, String reply, Instant decidedAt, List<NotificationSend> informed) {

	public ObjectionStatus {
		informed = informed == null ? List.of() : List.copyOf(informed);
	}

}
