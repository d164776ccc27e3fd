/**
 * Load-test data for the public grade lookup; active only with the {@code bench} profile.
 */
package cn.gov.cq.jianping.system.bench;
