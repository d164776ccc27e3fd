/**
 * Load-test data (the public lookup's history and a current round at city scale, with the
 * demo accounts) and a SQL statement counter; active only with the {@code bench} profile.
 */
package cn.gov.cq.jianping.system.bench;
