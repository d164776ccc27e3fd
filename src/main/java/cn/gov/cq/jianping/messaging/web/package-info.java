/**
 * The message centre and staff notice pages.
 */
package cn.gov.cq.jianping.messaging.web;
