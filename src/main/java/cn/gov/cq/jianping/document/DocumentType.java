package cn.gov.cq.jianping.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The evidence types accepted (PDF, JPG, PNG, DOCX, XLSX), recognised by their content: a
 * renamed executable is refused whatever its extension says.
 */
public enum DocumentType {

	PDF("application/pdf", "pdf"), JPG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

	/** 10 MB per file. */
	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private final String contentType;

	private final String[] extensions;

	DocumentType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = extensions;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * The type of the content, if it is one we accept and the file name's extension
	 * agrees.
	 */
	public static Optional<DocumentType> detect(String fileName, byte[] content) {
		Optional<DocumentType> byContent = byContent(content);
		if (byContent.isEmpty() || fileName == null) {
			return Optional.empty();
		}
		String lower = fileName.toLowerCase(Locale.ROOT);
		for (String extension : byContent.get().extensions) {
			if (lower.endsWith("." + extension)) {
				return byContent;
			}
		}
		return Optional.empty();
	}

	public static Optional<DocumentType> byContent(byte[] content) {
		if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPG);
		}
		if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
			return officeType(content);
		}
		return Optional.empty();
	}

	/** DOCX and XLSX are both ZIP archives; the parts inside tell which. */
	private static Optional<DocumentType> officeType(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < 200) {
				if (entry.getName().startsWith("word/")) {
					return Optional.of(DOCX);
				}
				if (entry.getName().startsWith("xl/")) {
					return Optional.of(XLSX);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... magic) {
		if (content == null || content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

}
