package cn.gov.cq.jianping.document;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static cn.gov.cq.jianping.support.PdfTools.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * A decision rendered to PDF is checked the way a reader sees it, with poppler
 * ({@code pdftoppm}, {@code pdftotext -bbox}, {@code pdfinfo}): the red 版头 and separator,
 * the 发文字号, the seal position and the page number where GB/T 9704-2012 puts them, a
 * tagged PDF, and the sentence on 行政复议.
 */
class OfficialDocumentLayoutTest {

	/** Rendered at 72 dpi, one pixel is one point; 1 mm = 2.835 pt. */
	private static final double MM = 72 / 25.4;

	private static final String NUMBER = "渝人社评决〔2026〕7号";

	@TempDir
	static Path folder;

	static Path pdf;

	static List<Word> words;

	@BeforeAll
	static void renderDecision() throws Exception {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("经查，你机构在2026年度评估中存在弄虚作假行为，事实清楚，证据确凿。");
		for (int i = 0; i < 4; i++) {
			paragraphs.add("根据《重庆市职业技能鉴定评价机构评估暂行办法》（渝人社发〔2021〕33号）第十八条至第二十条，经研究，决定撤销你机构的备案。");
		}
		OfficialDocument decision = new OfficialDocument(OfficialDocument.Kind.DECISION, OfficialDocument.BUREAU,
				NUMBER, "关于撤销重庆某某职业技能鉴定评价机构\n备案的决定", "重庆某某职业技能鉴定评价机构", paragraphs, null, LocalDate.of(2026, 12, 2));
		pdf = folder.resolve("decision.pdf");
		long start = System.nanoTime();
		Files.write(pdf, OfficialDocuments.standard().render(decision));
		System.out.printf("decision PDF rendered in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		start = System.nanoTime();
		OfficialDocuments.standard().render(decision);
		System.out.printf("again in %d ms%n", (System.nanoTime() - start) / 1_000_000);
		// kept for a look by eye: target/official-decision-sample.pdf
		Files.copy(pdf, Path.of("target", "official-decision-sample.pdf"), StandardCopyOption.REPLACE_EXISTING);
		words = words(run("pdftotext", "-bbox", pdf.toString(), "-"));
	}

	@Test
	void isTaggedForScreenReaders() throws Exception {
		String info = run("pdfinfo", pdf.toString());
		assertThat(info).containsPattern("Tagged:\\s+yes");
		assertThat(info).containsPattern("Page size:\\s+595.2\\d* x 841.8\\d* pts \\(A4\\)");
		assertThat(info).containsPattern("Pages:\\s+2");
	}

	@Test
	void statesTheRightToReconsiderationAndLitigation() throws Exception {
		String text = run("pdftotext", "-layout", pdf.toString(), "-").replaceAll("\\s+", "");
		assertThat(text).contains("60日内向重庆市人民政府申请行政复议").contains("6个月内依法向人民法院提起行政诉讼");
	}

	@Test
	void theRemediesNameTheOrganOfReconsiderationOfEachIssuer() {
		assertThat(OfficialDocuments.remediesAgainst(OfficialDocument.BUREAU)).contains("60日内向重庆市人民政府申请行政复议");
		assertThat(OfficialDocuments.remediesAgainst("渝北区人力资源和社会保障局")).contains("60日内向渝北区人民政府依法申请行政复议")
			.contains("6个月内依法向人民法院提起行政诉讼");
		assertThat(OfficialDocuments.remediesAgainst("石柱土家族自治县人力资源和社会保障局")).contains("向石柱土家族自治县人民政府");
		// the center is not a government department: the organ is left to the law
		assertThat(OfficialDocuments.remediesAgainst("重庆市职业技能鉴定指导中心")).contains("60日内依法申请行政复议")
			.doesNotContain("人民政府")
			.contains("6个月内依法向人民法院提起行政诉讼");
	}

	@Test
	void theMastheadAndTheSeparatorAreRedAboveTheTitle() throws Exception {
		BufferedImage page = page(1);
		// 发文机关标志: its top 35 mm below the top of the 版心 (37 mm), red
		int mastTop = (int) ((37 + 35) * MM);
		assertThat(redPixels(page, (int) (28 * MM), mastTop - 2, (int) (182 * MM), mastTop + 40)).isGreaterThan(500);
		assertThat(redPixels(page, 0, 0, page.getWidth(), mastTop - 4)).isZero();
		// the separator: one red line across the whole 版心 (156 mm), 4 mm under the 发文字号
		Word number = word(NUMBER);
		int lineY = redRowBelow(page, (int) number.yMax(), (int) (number.yMax() + 8 * MM));
		assertThat(lineY - number.yMax()).isBetween(3 * MM, 6 * MM);
		assertThat(redRun(page, lineY)).isBetween((int) (154 * MM), (int) (158 * MM));
		// nothing else red in the 正文 between the separator and the closing
		assertThat(redPixels(page, 0, lineY + 3, page.getWidth(), page.getHeight())).isZero();
	}

	@Test
	void theDocumentNumberIsCentredTwoLinesUnderTheMasthead() {
		Word number = word(NUMBER);
		double centre = (number.xMin() + number.xMax()) / 2;
		assertThat(centre).isCloseTo((28 + 156 / 2.0) * MM, offset(3 * MM));
		Word masthead = word(OfficialDocument.BUREAU, 1);
		assertThat(number.yMin() - masthead.yMax()).isBetween(15 * MM, 25 * MM);
	}

	@Test
	void pageNumbersSitUnderTheTextAreaOddRightEvenLeft() {
		double textBottom = (297 - 35) * MM;
		Word first = word("1", 1, w -> w.yMin() > textBottom);
		Word second = word("2", 2, w -> w.yMin() > textBottom);
		// 一字线 上距版心下边缘 7 mm
		assertThat(first.yMin() - textBottom).isBetween(5 * MM, 11 * MM);
		// 单页码居右空一字, 双页码居左空一字
		assertThat(first.xMax()).isBetween((210 - 26 - 16) * MM - 30, (210 - 26) * MM);
		assertThat(second.xMin()).isBetween(28 * MM, (28 + 16) * MM + 30);
		assertThat(words.stream().filter(w -> w.page() == 1 && w.yMin() > textBottom).map(Word::text)).contains("—",
				"1");
	}

	@Test
	void theSealPositionPressesOnTheSignatureAndTheDateFourCharactersFromTheRight() throws Exception {
		Word date = word("2026年12月2日", 2);
		Word signature = word(OfficialDocument.BUREAU, 2);
		Word seal = word("（印章）", 2);
		// 成文日期右空四字 (4 x 16 pt from the right edge of the 版心)
		assertThat((210 - 26) * MM - date.xMax()).isBetween(50.0, 80.0);
		// 署名以成文日期为准居中
		assertThat(Math.abs(signature.centre() - date.centre())).isLessThan(10);
		assertThat(Math.abs(seal.centre() - date.centre())).isLessThan(10);
		// the seal's dashed circle spans both lines, which sit below its centre
		BufferedImage page = page(2);
		int sealTop = (int) (signature.yMin() - 30 * MM);
		while (sealTop < signature.yMin() && redPixels(page, (int) (date.centre() - 25 * MM), sealTop,
				(int) (date.centre() + 25 * MM), sealTop + 1) == 0) {
			sealTop++;
		}
		double sealCentre = sealTop + 21 * MM;
		assertThat(signature.yMin()).isGreaterThan(sealTop);
		assertThat((signature.yMin() + date.yMax()) / 2).isBetween(sealCentre - 2 * MM, sealCentre + 10 * MM);
	}

	private static BufferedImage page(int number) throws Exception {
		Path prefix = folder.resolve("page" + number);
		run("pdftoppm", "-r", "72", "-f", String.valueOf(number), "-l", String.valueOf(number), "-png", "-singlefile",
				pdf.toString(), prefix.toString());
		return ImageIO.read(prefix.resolveSibling(prefix.getFileName() + ".png").toFile());
	}

	private static boolean red(int rgb) {
		int r = (rgb >> 16) & 0xFF;
		int g = (rgb >> 8) & 0xFF;
		int b = rgb & 0xFF;
		return r > 150 && g < 110 && b < 110;
	}

	private static int redPixels(BufferedImage image, int x0, int y0, int x1, int y1) {
		int count = 0;
		for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
			for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
				if (red(image.getRGB(x, y))) {
					count++;
				}
			}
		}
		return count;
	}

	/** The first row between y0 and y1 holding a run of red wider than 30 pt. */
	private static int redRowBelow(BufferedImage image, int y0, int y1) {
		for (int y = y0; y < y1; y++) {
			if (redRun(image, y) > 30 || redPixels(image, 0, y, image.getWidth(), y + 1) > 20) {
				return y;
			}
		}
		throw new AssertionError("no red line between y=" + y0 + " and y=" + y1);
	}

	private static int redRun(BufferedImage image, int y) {
		int longest = 0;
		int current = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			current = red(image.getRGB(x, y)) ? current + 1 : 0;
			longest = Math.max(longest, current);
		}
		return longest;
	}

	private static Word word(String text) {
		return word(text, 1);
	}

	private static Word word(String text, int page) {
		return word(text, page, w -> true);
	}

	private static Word word(String text, int page, Predicate<Word> where) {
		return words.stream()
			.filter(w -> w.page() == page && w.text().equals(text) && where.test(w))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no word " + text + " on page " + page + " in " + words));
	}

	private static List<Word> words(String bbox) {
		List<Word> found = new ArrayList<>();
		int page = 0;
		Matcher m = Pattern.compile(
				"<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>")
			.matcher(bbox);
		while (m.find()) {
			if (m.group(1) == null) {
				page++;
				continue;
			}
			found.add(new Word(page, m.group(5), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
					Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))));
		}
		return found;
	}

	record Word(int page, String text, double xMin, double yMin, double xMax, double yMax) {

		double centre() {
			return (this.xMin + this.xMax) / 2;
		}

	}

}
