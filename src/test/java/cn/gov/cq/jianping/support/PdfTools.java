package cn.gov.cq.jianping.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Poppler's {@code pdfinfo} and {@code pdftotext} on PDF bytes, for tests that check an
 * issued document as a reader (or a screen reader) sees it.
 */
public final class PdfTools {

	private PdfTools() {
	}

	/** What {@code pdfinfo} says of the document (Tagged:, Pages:, ...). */
	public static String info(byte[] pdf) throws IOException, InterruptedException {
		Path file = write(pdf);
		try {
			return run("pdfinfo", file.toString());
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** The document's text with every blank removed, so lines that wrap still match. */
	public static String text(byte[] pdf) throws IOException, InterruptedException {
		Path file = write(pdf);
		try {
			return run("pdftotext", "-layout", file.toString(), "-").replaceAll("\\s+", "");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static Path write(byte[] pdf) throws IOException {
		return Files.write(Files.createTempFile("issued", ".pdf"), pdf);
	}

	/** Runs a command, asserting it ends well within a minute, and returns its output. */
	public static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] out = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
		return new String(out, StandardCharsets.UTF_8);
	}

}
