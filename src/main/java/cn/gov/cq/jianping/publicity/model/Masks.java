package cn.gov.cq.jianping.publicity.model;

/**
 * How personal data is shown in lists (PIPL art. 28): 张*, 5001**********1234,
 * 138****5678.
 */
public final class Masks {

	private Masks() {
	}

	public static String name(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		int first = name.codePointAt(0);
		int rest = name.codePointCount(0, name.length()) - 1;
		return new String(Character.toChars(first)) + "*".repeat(Math.max(rest, 1));
	}

	public static String idNumber(String number) {
		if (number == null || number.length() < 8) {
			return "****";
		}
		return number.substring(0, 4) + "*".repeat(number.length() - 8) + number.substring(number.length() - 4);
	}

	public static String phone(String phone) {
		if (phone == null || phone.length() < 7) {
			return "****";
		}
		return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
	}

}
