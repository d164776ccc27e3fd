package cn.gov.cq.jianping.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Builds simple official documents as PDF with a Chinese font embedded, so they print the
 * same on any machine. The font comes from {@code JIANPING_PDF_FONT} or the usual system
 * locations.
 */
public final class ChinesePdf {

	/** Font files tried in order; a TTC needs its face index after a comma. */
	private static final List<String> CANDIDATES = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2", "/usr/share/fonts/truetype/arphic/uming.ttc,0",
			"/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc,0");

	private final Document document = new Document(PageSize.A4, 56, 56, 64, 64);

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final BaseFont font;

	public ChinesePdf(String title) {
		this.font = font();
		try {
			PdfWriter.getInstance(this.document, this.out);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		this.document.addTitle(title);
		this.document.addCreator("鉴评 jianping");
		this.document.open();
	}

	public static BaseFont font() {
		String configured = System.getenv("JIANPING_PDF_FONT");
		List<String> tried = configured == null ? CANDIDATES : List.of(configured);
		for (String candidate : tried) {
			String file = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
			if (Files.isReadable(Path.of(file))) {
				try {
					return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
				}
				catch (DocumentException | IOException ex) {
					throw new IllegalStateException("无法加载中文字体 " + candidate, ex);
				}
			}
		}
		throw new IllegalStateException("未找到中文字体，请安装 fonts-wqy-zenhei 或设置 JIANPING_PDF_FONT");
	}

	public ChinesePdf heading(String text) {
		Paragraph paragraph = new Paragraph(text, new Font(this.font, 18, Font.BOLD));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(16);
		return add(paragraph);
	}

	public ChinesePdf paragraph(String text) {
		Paragraph paragraph = new Paragraph(text, new Font(this.font, 11));
		paragraph.setLeading(20);
		paragraph.setSpacingAfter(8);
		return add(paragraph);
	}

	public ChinesePdf right(String text) {
		Paragraph paragraph = new Paragraph(text, new Font(this.font, 11));
		paragraph.setAlignment(Element.ALIGN_RIGHT);
		paragraph.setSpacingBefore(12);
		return add(paragraph);
	}

	public ChinesePdf table(List<String> headers, List<List<String>> rows, float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		Font bold = new Font(this.font, 10, Font.BOLD);
		Font normal = new Font(this.font, 10);
		for (String header : headers) {
			PdfPCell cell = new PdfPCell(new Phrase(header, bold));
			cell.setPadding(4);
			table.addCell(cell);
		}
		for (List<String> row : rows) {
			for (String value : row) {
				PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, normal));
				cell.setPadding(4);
				table.addCell(cell);
			}
		}
		try {
			this.document.add(table);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** A centred image, e.g. a QR code, scaled to {@code size} points square. */
	public ChinesePdf image(byte[] png, float size) {
		try {
			Image image = Image.getInstance(png);
			image.scaleToFit(size, size);
			image.setAlignment(Element.ALIGN_CENTER);
			return add(image);
		}
		catch (IOException | BadElementException ex) {
			throw new IllegalStateException("无法加入图片", ex);
		}
	}

	public ChinesePdf centred(String text, float fontSize) {
		Paragraph paragraph = new Paragraph(text, new Font(this.font, fontSize, Font.BOLD));
		paragraph.setAlignment(Element.ALIGN_CENTER);
		paragraph.setSpacingAfter(14);
		return add(paragraph);
	}

	public byte[] toBytes() {
		this.document.close();
		return this.out.toByteArray();
	}

	private ChinesePdf add(Element element) {
		try {
			this.document.add(element);
		}
		catch (DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

}
