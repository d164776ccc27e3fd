package cn.gov.cq.jianping.institution;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.shared.CreditCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registration rules in Chinese, as the form and the import both report them: one
 * problem per field, in the order of the form, on trimmed input.
 */
class InstitutionFormValidationTest {

	static final String CODE = "52500112MJ1234567" + CreditCode.checkCharacter("52500112MJ1234567");

	static InstitutionForm valid() {
		return new InstitutionForm("某评价中心", CODE, InstitutionType.LEVEL, "500112", "备〔2025〕1号",
				LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 28), "电工", "某地", "测试", "13812345678", null);
	}

	@Test
	void aValidFormGivesTrimmedDetails() {
		InstitutionForm padded = new InstitutionForm("  某评价中心 ", " " + CODE.toLowerCase(), InstitutionType.LEVEL,
				"500112", "备〔2025〕1号 ", LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 28), "电工", "某地", "测试",
				" 023-67891234 ", null);
		InstitutionChecks.Outcome outcome = InstitutionChecks.check(padded);
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.details().name()).isEqualTo("某评价中心");
		assertThat(outcome.details().creditCode()).isEqualTo(CODE);
		assertThat(outcome.details().districtCode()).isEqualTo("500112");
		assertThat(outcome.details().contactPhone()).isEqualTo("023-67891234");
	}

	@Test
	void theCityAuthorityHasNoDistrict() {
		InstitutionForm form = valid().withAuthority(InstitutionForm.CITY);
		assertThat(InstitutionChecks.check(form).details().districtCode()).isNull();
	}

	@Test
	void anEmptyFormListsEveryMissingFieldInTheOrderOfTheForm() {
		assertThat(InstitutionChecks.check(InstitutionForm.empty()).problems()).containsExactly(
				new InstitutionChecks.Problem("name", "请填写机构名称"),
				new InstitutionChecks.Problem("creditCode", "统一社会信用代码不能为空"),
				new InstitutionChecks.Problem("type", "请选择机构类型"), new InstitutionChecks.Problem("authority", "请选择备案机关"),
				new InstitutionChecks.Problem("registrationNumber", "请填写备案编号"),
				new InstitutionChecks.Problem("registeredOn", "请填写备案日期"),
				new InstitutionChecks.Problem("expiresOn", "请填写备案有效期至"),
				new InstitutionChecks.Problem("scopeOccupations", "请填写备案职业（工种）及等级"),
				new InstitutionChecks.Problem("evaluationSites", "请填写评价场所"),
				new InstitutionChecks.Problem("contactPerson", "请填写联系人"),
				new InstitutionChecks.Problem("contactPhone", "请填写联系电话"));
	}

	@Test
	void lengthsFollowTheColumns() {
		InstitutionForm form = new InstitutionForm("名".repeat(101), CODE, InstitutionType.LEVEL, "500112",
				"号".repeat(101), LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 28), "电工", "某地", "人".repeat(51),
				"13812345678", null);
		assertThat(InstitutionChecks.check(form).problems()).containsExactly(
				new InstitutionChecks.Problem("name", "机构名称不能超过 100 个字符"),
				new InstitutionChecks.Problem("registrationNumber", "备案编号不能超过 100 个字符"),
				new InstitutionChecks.Problem("contactPerson", "联系人不能超过 50 个字符"));
		assertThat(InstitutionChecks
			.check(new InstitutionForm("名".repeat(100), CODE, InstitutionType.LEVEL, "500112", "号".repeat(100),
					LocalDate.of(2025, 3, 1), LocalDate.of(2028, 2, 28), "电工", "某地", "人".repeat(50), "13812345678",
					null))
			.problems()).isEmpty();
	}

	@Test
	void crossFieldRulesSpeakChinese() {
		InstitutionForm appraisalInDistrict = new InstitutionForm("某鉴定所", CODE, InstitutionType.APPRAISAL, "500112",
				"备〔2025〕1号", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1), "电工", "某地", "测试", "12345", null);
		assertThat(InstitutionChecks.check(appraisalInDistrict).problems()).containsExactly(
				new InstitutionChecks.Problem("authority", "考核鉴定机构由市级备案，不能选择区县"),
				new InstitutionChecks.Problem("expiresOn", "备案有效期至必须晚于备案日期"),
				new InstitutionChecks.Problem("contactPhone", "联系电话格式不正确（手机号 11 位，或带区号的固定电话）"));
		assertThat(InstitutionChecks.check(valid().withAuthority("123456")).problems())
			.containsExactly(new InstitutionChecks.Problem("authority", "备案机关“123456”不是重庆市的区县"));
	}

}
