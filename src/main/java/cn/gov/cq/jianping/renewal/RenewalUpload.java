package cn.gov.cq.jianping.renewal;

/**
 * A document attached to a renewal application, as uploaded.
 */
public record RenewalUpload(String fileName, byte[] content) {
}
