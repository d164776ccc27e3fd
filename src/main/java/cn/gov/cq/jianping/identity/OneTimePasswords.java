package cn.gov.cq.jianping.identity;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The initial password of a new account, or of one reset by 系统管理员: 16 random characters
 * with every class of the password policy, without look-alikes (0/O, 1/l/I) so it can be
 * read out over the phone. About 95 bits of entropy; it is shown once and changed at the
 * first login.
 */
final class OneTimePasswords {

	static final int LENGTH = 16;

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "#%+=@!?";

	private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OneTimePasswords() {
	}

	static String generate() {
		List<Character> characters = new ArrayList<>(LENGTH);
		for (String alphabet : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
			characters.add(pick(alphabet));
		}
		while (characters.size() < LENGTH) {
			characters.add(pick(ALL));
		}
		Collections.shuffle(characters, RANDOM);
		StringBuilder password = new StringBuilder(LENGTH);
		characters.forEach(password::append);
		return password.toString();
	}

	private static char pick(String alphabet) {
		return alphabet.charAt(RANDOM.nextInt(alphabet.length()));
	}

}
