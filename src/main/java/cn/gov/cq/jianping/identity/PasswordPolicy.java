package cn.gov.cq.jianping.identity;

import java.util.Optional;

/**
 * 密码策略: at least 8 characters from at least 3 of the 4 classes (upper, lower, digit,
 * symbol).
 */
public final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	/** The reason in Chinese why a password is refused; empty when it is acceptable. */
	public static Optional<String> problemWith(String password) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("密码长度至少 8 位");
		}
		int classes = 0;
		classes += password.chars().anyMatch(Character::isUpperCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isLowerCase) ? 1 : 0;
		classes += password.chars().anyMatch(Character::isDigit) ? 1 : 0;
		classes += password.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0;
		if (classes < 3) {
			return Optional.of("密码须包含大写字母、小写字母、数字、特殊字符中的至少 3 类");
		}
		return Optional.empty();
	}

}
