package cn.gov.cq.jianping.institution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.shared.Districts;

/**
 * The rules a registration must satisfy, shared by the form and the Excel import so both refuse
 * the same things with the same Chinese messages.
 */
final class InstitutionChecks {

	/** A mobile number, or a landline with area code. */
	private static final Pattern PHONE = Pattern.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");

	private InstitutionChecks() {
	}

	/** A problem with one field. */
	record Problem(String field, String message) {
	}

	/** Either the checked details or the list of every problem found. */
	record Outcome(InstitutionDetails details, List<Problem> problems) {

		boolean ok() {
			return this.problems.isEmpty();
		}

	}

	static Outcome check(InstitutionForm form) {
		List<Problem> problems = new ArrayList<>();
		String name = trimmed(form.name());
		required(problems, "name", name, "机构名称");
		if (name != null && name.length() > 100) {
			problems.add(new Problem("name", "机构名称不能超过 100 个字符"));
		}
		String creditCode = CreditCode.normalise(form.creditCode());
		CreditCode.problemWith(creditCode).ifPresent(message -> problems.add(new Problem("creditCode", message)));
		if (form.type() == null) {
			problems.add(new Problem("type", "请选择机构类型"));
		}
		String authority = trimmed(form.authority());
		String districtCode = null;
		if (authority == null) {
			problems.add(new Problem("authority", "请选择备案机关"));
		}
		else if (!InstitutionForm.CITY.equals(authority)) {
			if (Districts.all().byCode(authority).isEmpty()) {
				problems.add(new Problem("authority", "备案机关“" + authority + "”不是重庆市的区县"));
			}
			else {
				districtCode = authority;
				if (form.type() == InstitutionType.APPRAISAL) {
					problems.add(new Problem("authority", "考核鉴定机构由市级备案，不能选择区县"));
				}
			}
		}
		String registrationNumber = trimmed(form.registrationNumber());
		required(problems, "registrationNumber", registrationNumber, "备案编号");
		if (form.registeredOn() == null) {
			problems.add(new Problem("registeredOn", "请填写备案日期"));
		}
		if (form.expiresOn() == null) {
			problems.add(new Problem("expiresOn", "请填写备案有效期至"));
		}
		if (form.registeredOn() != null && form.expiresOn() != null
				&& !form.expiresOn().isAfter(form.registeredOn())) {
			problems.add(new Problem("expiresOn", "备案有效期至必须晚于备案日期"));
		}
		String scope = trimmed(form.scopeOccupations());
		required(problems, "scopeOccupations", scope, "备案职业（工种）及等级");
		String sites = trimmed(form.evaluationSites());
		required(problems, "evaluationSites", sites, "评价场所");
		String contactPerson = trimmed(form.contactPerson());
		required(problems, "contactPerson", contactPerson, "联系人");
		String phone = trimmed(form.contactPhone());
		required(problems, "contactPhone", phone, "联系电话");
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(new Problem("contactPhone", "联系电话格式不正确（手机号 11 位，或带区号的固定电话）"));
		}
		if (!problems.isEmpty()) {
			return new Outcome(null, List.copyOf(problems));
		}
		return new Outcome(new InstitutionDetails(name, creditCode, form.type(), districtCode, registrationNumber,
				form.registeredOn(), form.expiresOn(), scope, sites, contactPerson, phone), List.of());
	}

	private static void required(List<Problem> problems, String field, String value, String label) {
		if (value == null) {
			problems.add(new Problem(field, "请填写" + label));
		}
	}

	private static String trimmed(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
