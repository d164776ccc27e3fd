package cn.gov.cq.jianping.publicity.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * 公民身份号码 (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.
 */
public final class IdNumber {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
		.withResolverStyle(ResolverStyle.STRICT);

	private IdNumber() {
	}

	/** The reason in Chinese why a number is not valid; empty when it is. */
	public static Optional<String> problemWith(String input) {
		if (input == null || input.isBlank()) {
			return Optional.of("请填写身份证号码");
		}
		String number = input.trim().toUpperCase();
		if (!number.matches("\\d{17}[\\dX]")) {
			return Optional.of("身份证号码应为 18 位（前 17 位为数字，最后一位为数字或 X）");
		}
		try {
			LocalDate.parse(number.substring(6, 14), BIRTH);
		}
		catch (DateTimeParseException ex) {
			return Optional.of("身份证号码中的出生日期无效");
		}
		if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
			return Optional.of("身份证号码校验位错误，请核对后重新输入");
		}
		return Optional.empty();
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

}
