package cn.gov.cq.jianping.publicity;

/**
 * An evidence file uploaded with an objection.
 */
public record ObjectionUpload(String fileName, byte[] content) {

	boolean isEmpty() {
		return this.content == null || this.content.length == 0;
	}

}
