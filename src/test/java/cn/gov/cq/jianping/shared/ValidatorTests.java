package cn.gov.cq.jianping.shared;

import java.util.Locale;
import java.util.Set;

import jakarta.validation.ConstraintViolation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.validation.MessageInterpolatorFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins what Bean Validation says in Chinese, with the messages of
 * {@code messages.properties} resolved as Boot's validator resolves them: the
 * {@link ValidCreditCode} constraint reports which rule of GB 32100 the code breaks.
 */
class ValidatorTests {

	record Registration(@ValidCreditCode String creditCode) {
	}

	private static LocalValidatorFactoryBean validator;

	@BeforeAll
	static void createValidator() {
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		validator = new LocalValidatorFactoryBean();
		validator.setMessageInterpolator(new MessageInterpolatorFactory(messages).getObject());
		validator.afterPropertiesSet();
	}

	@AfterAll
	static void close() {
		validator.close();
		LocaleContextHolder.resetLocaleContext();
	}

	private static String messageFor(String creditCode) {
		Set<ConstraintViolation<Registration>> violations = validator.validate(new Registration(creditCode));
		assertThat(violations).hasSize(1);
		return violations.iterator().next().getMessage();
	}

	@Test
	void aValidCodePassesWhateverItsCaseAndBlanks() {
		String code = "52500112MJ1234567" + CreditCode.checkCharacter("52500112MJ1234567");
		assertThat(validator.validate(new Registration(code))).isEmpty();
		assertThat(validator.validate(new Registration("  " + code.toLowerCase() + " "))).isEmpty();
	}

	@Test
	void aMissingCodeIsRefused() {
		assertThat(messageFor(null)).isEqualTo("统一社会信用代码不能为空");
		assertThat(messageFor("  ")).isEqualTo("统一社会信用代码不能为空");
	}

	@Test
	void aCodeOfTheWrongLengthSaysHowLongItIs() {
		assertThat(messageFor("91350100M000100Y4")).isEqualTo("统一社会信用代码应为 18 位，当前为 17 位");
	}

	@Test
	void aCodeWithALetterThatIsNeverUsedSaysWhere() {
		assertThat(messageFor("9135010OM000100Y43")).isEqualTo("统一社会信用代码第 8 位“O”不是允许的字符（不使用 I、O、Z、S、V）");
	}

	@Test
	void aCodeWithAWrongCheckCharacterIsRefused() {
		String first17 = "52500112MJ1234567";
		char wrong = CreditCode.checkCharacter(first17) == '0' ? '1' : '0';
		assertThat(messageFor(first17 + wrong)).isEqualTo("统一社会信用代码校验位错误，请核对后重新输入");
	}

	@Test
	void theConstraintAgreesWithTheValueObject() {
		for (String code : new String[] { "91350100M000100Y43", "91350100M000100Y44", "X", "12500000MB0000044" }) {
			boolean valid = validator.validate(new Registration(code)).isEmpty();
			assertThat(valid).as(code).isEqualTo(CreditCode.isValid(code));
			if (!valid) {
				assertThat(messageFor(code)).as(code)
					.isEqualTo(CreditCode.problemWith(CreditCode.normalise(code)).get());
			}
		}
	}

}
