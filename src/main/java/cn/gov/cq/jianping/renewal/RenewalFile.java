package cn.gov.cq.jianping.renewal;

/**
 * One stored application document, to download.
 */
public record RenewalFile(String fileName, String contentType, byte[] content) {
}
