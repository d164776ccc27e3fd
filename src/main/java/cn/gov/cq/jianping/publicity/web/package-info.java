/**
 * Pages of the publicity module: the bureau's publicity, re-review and announcement pages
 * ({@code *AdminController}) and the public pages.
 */
package cn.gov.cq.jianping.publicity.web;
