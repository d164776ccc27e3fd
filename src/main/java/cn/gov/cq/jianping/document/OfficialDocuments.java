package cn.gov.cq.jianping.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gov.cq.jianping.document.official.OfficialPdfRenderer;

/**
 * Renders {@link OfficialDocument}s as tagged PDF (PDF/UA) in the GB/T 9704-2012 layout,
 * from the HTML/CSS template {@code templates/pdf/official.html}, with the fonts
 * embedded.
 */
public final class OfficialDocuments {

	/** What a decision says about the remedies against it (行政复议法第二十条, 行政诉讼法第四十六条). */
	public static final String REMEDIES = "如不服本决定，可以自收到本决定书之日起60日内向重庆市人民政府申请行政复议，" + "也可以自收到本决定书之日起6个月内依法向人民法院提起行政诉讼。";

	/** 区县人力资源和社会保障局, with the district or county as its group. */
	private static final Pattern LOCAL_BUREAU = Pattern.compile("(\\S+?[区县])人力资源和社会保障局");

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
		return this.renderer.render(document,
				document.kind() == OfficialDocument.Kind.DECISION ? remediesAgainst(document.issuer()) : null);
	}

	/**
	 * The remedies against a decision of this issuer: the bureau's go to the city
	 * government, a district or county bureau's to its own people's government (行政复议法
	 * 第二十四条); for any other issuer the organ is not named.
	 */
	public static String remediesAgainst(String issuer) {
		if (OfficialDocument.BUREAU.equals(issuer)) {
			return REMEDIES;
		}
		Matcher local = LOCAL_BUREAU.matcher(issuer);
		String organ = local.matches() ? "向" + local.group(1) + "人民政府" : "";
		return "如不服本决定，可以自收到本决定书之日起60日内" + organ + "依法申请行政复议，" + "也可以自收到本决定书之日起6个月内依法向人民法院提起行政诉讼。";
	}

}
