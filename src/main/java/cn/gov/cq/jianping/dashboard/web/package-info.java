/**
 * The dashboard page and its exports.
 */
package cn.gov.cq.jianping.dashboard.web;
