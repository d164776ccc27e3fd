/**
 * Notifications to people outside and inside the system: SMS, e-mail and letters for
 * mailing go through one port, and every send is recorded with its result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "notification", allowedDependencies = { "shared" })
package cn.gov.cq.jianping.notification;
