package cn.gov.cq.jianping.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "Demo#2026", "abcDEF12", "abc#1234", "ABC#defg" })
	void acceptsEightCharactersFromThreeClasses(String password) {
		assertThat(PasswordPolicy.problemWith(password)).isEmpty();
	}

	@Test
	void refusesShorterThanEight() {
		assertThat(PasswordPolicy.problemWith("De#2026")).contains("密码长度至少 8 位");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefgh", "abcd1234", "ABCD####", "12345678" })
	void refusesFewerThanThreeClasses(String password) {
		assertThat(PasswordPolicy.problemWith(password)).hasValueSatisfying(m -> assertThat(m).contains("至少 3 类"));
	}

}
