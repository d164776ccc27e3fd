/**
 * Documents in and out: uploaded file types checked by content, and 公文 PDFs (GB/T 9704)
 * with embedded Chinese fonts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "document", allowedDependencies = {})
package cn.gov.cq.jianping.document;
