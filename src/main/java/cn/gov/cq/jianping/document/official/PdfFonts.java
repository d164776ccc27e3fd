package cn.gov.cq.jianping.document.official;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The font files for 公文: GB/T 9704 asks for 小标宋 titles and 仿宋 text, which are not free. A
 * licensed font is used when {@code JIANPING_PDF_FONT_TITLE} /
 * {@code JIANPING_PDF_FONT_BODY} point to it; otherwise the open AR PL UMing (a 宋体-style
 * font, Debian {@code fonts-arphic-uming}) stands in, then {@code JIANPING_PDF_FONT} and
 * WenQuanYi Zen Hei, so a document always renders with an embedded Chinese font.
 */
public final class PdfFonts {

	static final String TITLE = "jp-title";

	static final String BODY = "jp-body";

	static final String FALLBACK = "jp-fallback";

	private static final List<String> SONG = List.of("/usr/share/fonts/truetype/arphic/uming.ttc",
			"/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
			"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");

	private static final List<String> ANY = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc");

	private final Map<String, File> families;

	/** Parsed once: reading a 20 MB collection for every document took seconds. */
	private final Map<File, TrueTypeFont> parsed = new HashMap<>();

	PdfFonts(Function<String, String> environment) {
		Optional<File> fallback = first(candidates(environment, "JIANPING_PDF_FONT", ANY));
		Optional<File> song = first(SONG).or(() -> fallback);
		File title = first(candidates(environment, "JIANPING_PDF_FONT_TITLE", List.of())).or(() -> song)
			.orElseThrow(PdfFonts::missing);
		File body = first(candidates(environment, "JIANPING_PDF_FONT_BODY", List.of())).or(() -> song)
			.orElseThrow(PdfFonts::missing);
		this.families = Map.of(TITLE, title, BODY, body, FALLBACK, fallback.orElse(body));
	}

	static PdfFonts fromEnvironment() {
		return new PdfFonts(System::getenv);
	}

	/** Font family name (as the template's CSS uses it) to font file. */
	Map<String, File> families() {
		return this.families;
	}

	/**
	 * The parsed font of a family; of a collection (TTC), its first face (the simplified
	 * Chinese one in AR PL UMing and WenQuanYi). Not thread-safe: the renderer
	 * serialises.
	 */
	TrueTypeFont font(String family) {
		return this.parsed.computeIfAbsent(this.families.get(family), PdfFonts::parse);
	}

	private static TrueTypeFont parse(File file) {
		try {
			if (file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
				TrueTypeFont[] first = new TrueTypeFont[1];
				@SuppressWarnings("resource") // kept open: its faces read their tables
												// lazily
				TrueTypeCollection collection = new TrueTypeCollection(file);
				collection.processAllFonts(font -> {
					if (first[0] == null) {
						first[0] = font;
					}
				});
				return first[0];
			}
			return new TTFParser().parse(new RandomAccessReadBufferedFile(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法读取字体 " + file, ex);
		}
	}

	private static List<String> candidates(Function<String, String> environment, String variable,
			List<String> defaults) {
		List<String> candidates = new ArrayList<>();
		String configured = environment.apply(variable);
		if (configured != null && !configured.isBlank()) {
			// the older setting names a face inside a collection as "file.ttc,2": the
			// whole file is used here
			candidates
				.add(configured.contains(",") ? configured.substring(0, configured.lastIndexOf(',')) : configured);
		}
		candidates.addAll(defaults);
		return candidates;
	}

	private static Optional<File> first(List<String> paths) {
		return paths.stream().map(File::new).filter(File::canRead).findFirst();
	}

	private static IllegalStateException missing() {
		return new IllegalStateException("未找到中文字体，请安装 fonts-arphic-uming 或设置 JIANPING_PDF_FONT_BODY");
	}

}
