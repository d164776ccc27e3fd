/**
 * 站内信, 通知公告 and deadline reminders: every to-do that reaches a user lands in their
 * message centre, and reminders also go out by SMS or e-mail through the notification
 * port.
 */
@org.springframework.modulith.ApplicationModule(displayName = "messaging",
		allowedDependencies = { "audit", "identity", "notification", "shared" })
package cn.gov.cq.jianping.messaging;
