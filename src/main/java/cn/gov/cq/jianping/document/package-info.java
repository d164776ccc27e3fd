/**
 * Documents in and out: uploaded file types checked by content, and PDFs with embedded
 * Chinese fonts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "document", allowedDependencies = {})
package cn.gov.cq.jianping.document;
