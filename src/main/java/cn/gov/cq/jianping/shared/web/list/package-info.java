/**
 * Pieces of the list pattern (query bar, filters limited to the user's scope, paging,
 * sorting, export, print view) shared by the list pages other than the case list.
 */
package cn.gov.cq.jianping.shared.web.list;
