package cn.gov.cq.jianping.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CreditCodeTest {

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y43", "91500000202811457D", "91110108MA01XXXX0H", "91110000100001343F" })
	void acceptsCodesWhoseCheckCharacterMatchesGb32100(String code) {
		assertThat(CreditCode.isValid(code)).as(code).isTrue();
		assertThat(new CreditCode(code).value()).isEqualTo(code);
	}

	@Test
	void acceptsLowerCaseAndBlanksAroundInput() {
		assertThat(CreditCode.of(" 91350100m000100y43 ").value()).isEqualTo("91350100M000100Y43");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91350100M000100Y44", "91500000202811457J", "12500000450380930W" })
	void refusesAWrongCheckCharacter(String code) {
		assertThat(CreditCode.problemWith(code)).contains("统一社会信用代码校验位错误，请核对后重新输入");
	}

	@Test
	void refusesAWrongLength() {
		assertThat(CreditCode.problemWith("91350100M000100Y4")).contains("统一社会信用代码应为 18 位，当前为 17 位");
	}

	@Test
	void refusesLettersThatTheStandardExcludes() {
		assertThat(CreditCode.problemWith("91350100M0001O0Y43"))
			.hasValueSatisfying(message -> assertThat(message).contains("第 14 位").contains("不使用 I、O、Z、S、V"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CreditCode("9135010IM000100Y43"));
	}

	@Test
	void refusesEmptyInput() {
		assertThat(CreditCode.problemWith("")).contains("统一社会信用代码不能为空");
		assertThat(CreditCode.isValid(null)).isFalse();
	}

	@Test
	void computesTheCheckCharacterOfTheStandardsExample() {
		assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
	}

}
