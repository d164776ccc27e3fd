package cn.gov.cq.jianping.shared;

import java.util.Optional;

/**
 * 统一社会信用代码 (unified social credit code), checked with the GB 32100-2015 check character.
 *
 * @param value the 18-character code, upper case
 */
public record CreditCode(String value) {

	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	public CreditCode {
		Optional<String> problem = problemWith(value);
		if (problem.isPresent()) {
			throw new IllegalArgumentException(problem.get());
		}
	}

	/** Parses user input, tolerating surrounding blanks and lower case. */
	public static CreditCode of(String input) {
		return new CreditCode(normalise(input));
	}

	public static String normalise(String input) {
		return input == null ? null : input.trim().toUpperCase();
	}

	public static boolean isValid(String input) {
		return problemWith(normalise(input)).isEmpty();
	}

	/** The reason, in Chinese, why a code is not a valid 统一社会信用代码; empty when it is. */
	public static Optional<String> problemWith(String code) {
		if (code == null || code.isEmpty()) {
			return Optional.of("统一社会信用代码不能为空");
		}
		if (code.length() != 18) {
			return Optional.of("统一社会信用代码应为 18 位，当前为 " + code.length() + " 位");
		}
		for (int i = 0; i < 18; i++) {
			if (CHARSET.indexOf(code.charAt(i)) < 0) {
				return Optional.of("统一社会信用代码第 " + (i + 1) + " 位“" + code.charAt(i) + "”不是允许的字符（不使用 I、O、Z、S、V）");
			}
		}
		if (checkCharacter(code.substring(0, 17)) != code.charAt(17)) {
			return Optional.of("统一社会信用代码校验位错误，请核对后重新输入");
		}
		return Optional.empty();
	}

	/** The 18th character that GB 32100-2015 computes from the first 17. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int index = CHARSET.indexOf(first17.charAt(i));
			if (index < 0) {
				throw new IllegalArgumentException("非法字符：" + first17.charAt(i));
			}
			sum += index * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return CHARSET.charAt(check == 31 ? 0 : check);
	}

	/** Masks the middle of the code for lists that need not show it whole. */
	@Override
	public String toString() {
		return value;
	}

}
