package cn.gov.cq.jianping.document;

/**
 * File names as users upload them, made safe to store, show and offer for download: no
 * path separators, no characters Windows refuses, no control characters, at most
 * {@value #MAX_LENGTH} characters (the end is kept, where the extension is).
 */
public final class SafeFileNames {

	public static final int MAX_LENGTH = 200;

	private static final String UNSAFE = "[\\\\/:*?\"<>|\\p{Cntrl}]";

	private SafeFileNames() {
	}

	/**
	 * The name with every unsafe character replaced by {@code _}; {@code file} when there
	 * is none.
	 */
	public static String of(String name) {
		String safe = (name == null || name.isBlank() ? "file" : name).replaceAll(UNSAFE, "_");
		return safe.length() > MAX_LENGTH ? safe.substring(safe.length() - MAX_LENGTH) : safe;
	}

}
