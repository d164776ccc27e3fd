package cn.gov.cq.jianping.document;

import cn.gov.cq.jianping.document.official.OfficialPdfRenderer;

/**
 * Renders {@link OfficialDocument}s as tagged PDF (PDF/UA) in the GB/T 9704-2012 layout,
 * from the HTML/CSS template {@code templates/pdf/official.html}, with the fonts
 * embedded.
 */
public final class OfficialDocuments {

	/** What a decision says about the remedies against it (行政复议法第二十条, 行政诉讼法第四十六条). */
	public static final String REMEDIES = "如不服本决定，可以自收到本决定书之日起60日内向重庆市人民政府申请行政复议，" + "也可以自收到本决定书之日起6个月内依法向人民法院提起行政诉讼。";

	private static final OfficialDocuments STANDARD = new OfficialDocuments();

	private final OfficialPdfRenderer renderer = new OfficialPdfRenderer();

	/**
	 * The renderer with the fonts found on this machine (see
	 * {@code docs/official-documents.md}).
	 */
	public static OfficialDocuments standard() {
		return STANDARD;
	}

	public byte[] render(OfficialDocument document) {
		return this.renderer.render(document, document.kind() == OfficialDocument.Kind.DECISION ? REMEDIES : null);
	}

}
