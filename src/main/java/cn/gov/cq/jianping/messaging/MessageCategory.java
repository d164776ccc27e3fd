package cn.gov.cq.jianping.messaging;

/** What a message in the message centre is about; the label is what users see. */
public enum MessageCategory {

	/** A case or matter handed to the user to act on. */
	TODO("待办"),
	/** A matter sent back to the user to correct. */
	RETURNED("退回"),
	/** A deadline 7, 3 or 1 days ahead. */
	DEADLINE("截止提醒"),
	/** A deadline missed. */
	OVERDUE("逾期"),
	/** 通知公告 published by the bureau or the center. */
	NOTICE("通知公告"),
	/** Something the user should know but need not act on. */
	INFO("消息");

	private final String label;

	MessageCategory(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
