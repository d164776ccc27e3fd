/**
 * The one list pattern of the staff lists: {@link PageQuery} (what was asked: query text,
 * filters, page, sort), {@link ListSql} (the scope and the filters as bound SQL, counts
 * per group, paging), {@link ListPage} (a page with its dropdowns, counts and links, laid
 * out by {@code fragments/list.html}), {@link ScopedDistricts} (district choices limited
 * to the user's scope) and {@link CsvExport}.
 */
package cn.gov.cq.jianping.shared.web.list;
