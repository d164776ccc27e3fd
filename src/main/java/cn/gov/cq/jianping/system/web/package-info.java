/**
 * Web basics of every page: versioned, long-cached static assets, favicon and robots.txt,
 * and Chinese error pages.
 */
package cn.gov.cq.jianping.system.web;
