package cn.gov.cq.jianping.publicity;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.publicity.model.IdNumber;
import cn.gov.cq.jianping.shared.CreditCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The objection form's rules without Spring's context: Bean Validation for what holds for
 * every objector, {@link ObjectorValidator} for what depends on the kind, messages in
 * Chinese from messages.properties.
 */
class ObjectionFormValidationTest {

	static final String FIRST17 = "11010519491231002";

	static final String ID = FIRST17 + IdNumber.checkCharacter(FIRST17);

	static final String ORG_CODE = "91500000MA5U0LX32" + CreditCode.checkCharacter("91500000MA5U0LX32");

	static final String CONTENT = "该机构在本年度评价中存在替考现象。";

	static ResourceBundleMessageSource messages;

	static LocalValidatorFactoryBean validator;

	@BeforeAll
	static void setUp() {
		messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messages);
		validator.afterPropertiesSet();
	}

	@AfterAll
	static void tearDown() {
		validator.close();
	}

	@Test
	void aCompletePersonsObjectionHasNoProblem() {
		assertThat(problems(person("张三", ID, "13812345678", CONTENT, true, true))).isEmpty();
	}

	@Test
	void aPersonGivesNameValidIdNumberMobileAndBothConsents() {
		Map<String, String> problems = problems(person("", "110105194912310021", "12345", "太短", false, false));
		assertThat(problems).containsEntry("name", "请填写真实姓名")
			.containsEntry("idNumber", "身份证号码校验位错误，请核对后重新输入")
			.containsEntry("phone", "请填写 11 位手机号码")
			.containsEntry("content", "请书面写明异议内容（不少于 10 个字）")
			.containsEntry("consent", "请阅读并同意个人信息处理说明")
			.containsEntry("sensitiveConsent", "身份证号码、手机号码属于敏感个人信息，须单独同意后方可提交");
	}

	@Test
	void anOrganisationIsCheckedForItsOwnFieldsOnly() {
		Map<String, String> problems = problems(new ObjectionForm(1L, "ORGANISATION", "", "not an id", "023-6", "某某公司",
				"91500000ABC", null, CONTENT, true, false));
		assertThat(problems).containsOnlyKeys("orgCreditCode", "contactPerson", "phone")
			.containsEntry("phone", "请填写联系电话（手机号或带区号的固定电话）");
	}

	@Test
	void anOrganisationMayGiveALandlineWithAreaCode() {
		assertThat(problems(new ObjectionForm(1L, "ORGANISATION", null, null, "023-63891234", "某某公司", ORG_CODE, "李四",
				CONTENT, true, false)))
			.doesNotContainKey("phone");
	}

	@Test
	void anUnknownObjectorKindIsRefusedWithoutKindSpecificProblems() {
		assertThat(problems(new ObjectionForm(1L, "ROBOT", null, null, null, null, null, null, CONTENT, true, false)))
			.containsOnlyKeys("objectorKind")
			.containsEntry("objectorKind", "请选择以个人还是单位名义提出异议");
	}

	@Test
	void contentIsTrimmedBeforeItsLengthIsCounted() {
		assertThat(problems(person("张三", ID, "13812345678", "   九个字的异议内容   ", true, true))).containsOnlyKeys("content");
	}

	static ObjectionForm person(String name, String idNumber, String phone, String content, boolean consent,
			boolean sensitiveConsent) {
		return new ObjectionForm(1L, "PERSON", name, idNumber, phone, null, null, null, content, consent,
				sensitiveConsent);
	}

	static Map<String, String> problems(ObjectionForm form) {
		DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "form");
		validator.validate(form, errors);
		new ObjectorValidator(validator).validate(form, errors);
		return errors.getFieldErrors()
			.stream()
			.collect(Collectors.toMap(FieldError::getField, e -> messages.getMessage(e, Locale.SIMPLIFIED_CHINESE),
					(a, b) -> a));
	}

}
