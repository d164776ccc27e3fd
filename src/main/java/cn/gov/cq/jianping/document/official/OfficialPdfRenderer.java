package cn.gov.cq.jianping.document.official;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import cn.gov.cq.jianping.document.OfficialDocument;

/**
 * Lays a 公文 out with the Thymeleaf template (Spring expressions, no application context)
 * {@code templates/pdf/official.html} (its CSS holds the GB/T 9704 measures) and renders
 * it to PDF/A-3u with PDF/UA structure tags, so screen readers can read it and archives
 * can keep it.
 */
public final class OfficialPdfRenderer {

	/** GB/T 9704 7.3.5.4: year in full, month and day without leading zeros. */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final SpringTemplateEngine templates = new SpringTemplateEngine();

	private final PdfFonts fonts;

	public OfficialPdfRenderer() {
		this(PdfFonts.fromEnvironment());
	}

	OfficialPdfRenderer(PdfFonts fonts) {
		this.fonts = fonts;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(getClass().getClassLoader());
		resolver.setPrefix("templates/pdf/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		this.templates.setTemplateResolver(resolver);
	}

	/** The PDF of the document; {@code remedies}, when given, closes the 正文. */
	public synchronized byte[] render(OfficialDocument document, String remedies) {
		return toPdf(html(document, remedies));
	}

	String html(OfficialDocument document, String remedies) {
		Context context = new Context(Locale.SIMPLIFIED_CHINESE);
		context.setVariable("doc", document);
		context.setVariable("titleLines", Arrays.asList(document.title().split("\n")));
		context.setVariable("plainTitle", document.title().replace("\n", ""));
		context.setVariable("remedies", remedies);
		context.setVariable("date", DATE.format(document.date()));
		context.setVariable("fontTitle", PdfFonts.TITLE);
		context.setVariable("fontBody", PdfFonts.BODY);
		return this.templates.process("official", context);
	}

	private byte[] toPdf(String html) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PDDocument pdf = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(pdf);
			// one embedded subset per font file, even when it serves two families
			Map<File, PDFont> loaded = new HashMap<>();
			for (Map.Entry<String, File> family : this.fonts.families().entrySet()) {
				PDFont font = loaded.get(family.getValue());
				if (font == null) {
					font = PDType0Font.load(pdf, this.fonts.font(family.getKey()), true);
					loaded.put(family.getValue(), font);
				}
				builder.useFont(new PDFontSupplier(font), family.getKey());
			}
			builder.useFastMode();
			builder.usePdfUaAccessibility(true);
			builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
			builder.useColorProfile(SRGB);
			builder.withProducer("鉴评 jianping");
			builder.withHtmlContent(html, null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.createPDFWithoutClosing();
			}
			// no object streams: older readers and simple checks find the embedded fonts
			pdf.save(out, CompressParameters.NO_COMPRESSION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("公文 PDF 生成失败", ex);
		}
		return out.toByteArray();
	}

}
