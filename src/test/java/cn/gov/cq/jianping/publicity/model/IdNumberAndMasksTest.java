package cn.gov.cq.jianping.publicity.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdNumberAndMasksTest {

	@Test
	void acceptsAnIdNumberWithTheRightCheckDigit() {
		// The standard's worked example: 11010519491231002X.
		assertThat(IdNumber.problemWith("11010519491231002X")).isEmpty();
		assertThat(IdNumber.problemWith("11010519491231002x")).isEmpty();
		String first17 = "50010519900307123";
		assertThat(IdNumber.problemWith(first17 + IdNumber.checkCharacter(first17))).isEmpty();
	}

	@Test
	void refusesAWrongCheckDigitABadBirthDateAndAWrongLength() {
		assertThat(IdNumber.problemWith("110105194912310021")).contains("身份证号码校验位错误，请核对后重新输入");
		assertThat(IdNumber.problemWith("110105194913310021")).contains("身份证号码中的出生日期无效");
		assertThat(IdNumber.problemWith("1101051949123100")).hasValueSatisfying(m -> assertThat(m).contains("18 位"));
	}

	@Test
	void masksNamesIdNumbersAndPhonesAsListsShowThem() {
		assertThat(Masks.name("张三")).isEqualTo("张*");
		assertThat(Masks.name("欧阳娜娜")).isEqualTo("欧***");
		assertThat(Masks.idNumber("500105199003071234")).isEqualTo("5001**********1234");
		assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
	}

}
