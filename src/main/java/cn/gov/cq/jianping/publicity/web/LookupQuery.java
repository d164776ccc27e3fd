package cn.gov.cq.jianping.publicity.web;

import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.Districts;

/**
 * The filters of the public grade lookup, read from request parameters and checked; the
 * page and the API share it. Every problem names its parameter, in Chinese.
 *
 * @param type the stored label (考核鉴定机构 or 等级评价机构)
 */
record LookupQuery(String q, String district, String type, String grade, Integer year, int page, int size,
		List<Problem> problems) {

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	static final String CITY = "CITY";

	/** One parameter at fault. */
	record Problem(String field, String message) {
	}

	static LookupQuery of(String q, String district, String type, String grade, String year, String page, String size) {
		List<Problem> problems = new ArrayList<>();
		String text = blankToNull(q);
		if (text != null && text.length() > 100) {
			problems.add(new Problem("q", "查询关键字不能超过 100 个字符"));
			text = text.substring(0, 100);
		}
		String districtCode = blankToNull(district);
		if (districtCode != null && !CITY.equals(districtCode) && Districts.all().byCode(districtCode).isEmpty()) {
			problems.add(new Problem("district", "未知的备案机关“" + districtCode + "”，应为区县代码或 CITY（市级）"));
			districtCode = null;
		}
		String typeLabel = null;
		if (blankToNull(type) != null) {
			InstitutionType known = InstitutionType.fromLabel(type.trim());
			if (known == null) {
				problems.add(new Problem("type", "未知的机构类型“" + type.trim() + "”，应为 APPRAISAL（考核鉴定机构）或 LEVEL（等级评价机构）"));
			}
			else {
				typeLabel = known.label();
			}
		}
		String gradeName = null;
		if (blankToNull(grade) != null) {
			try {
				gradeName = Grade.valueOf(grade.trim()).name();
			}
			catch (IllegalArgumentException ex) {
				problems.add(new Problem("grade",
						"未知的等级“" + grade.trim() + "”，应为 EXCELLENT（优秀）、QUALIFIED（合格）、BASIC（基本合格）或 UNQUALIFIED（不合格）"));
			}
		}
		Integer roundYear = null;
		if (blankToNull(year) != null) {
			Integer parsed = integer(year);
			if (parsed == null || parsed < 2000 || parsed > 2100) {
				problems.add(new Problem("year", "评估年度应为 2000 至 2100 之间的整数"));
			}
			else {
				roundYear = parsed;
			}
		}
		int pageNumber = 0;
		if (blankToNull(page) != null) {
			Integer parsed = integer(page);
			if (parsed == null || parsed < 0 || parsed > 100_000) {
				problems.add(new Problem("page", "页码应为从 0 开始的整数"));
			}
			else {
				pageNumber = parsed;
			}
		}
		int pageSize = DEFAULT_SIZE;
		if (blankToNull(size) != null) {
			Integer parsed = integer(size);
			if (parsed == null || parsed < 1 || parsed > MAX_SIZE) {
				problems.add(new Problem("size", "每页条数应为 1 至 " + MAX_SIZE + " 之间的整数"));
			}
			else {
				pageSize = parsed;
			}
		}
		return new LookupQuery(text, districtCode, typeLabel, gradeName, roundYear, pageNumber, pageSize,
				List.copyOf(problems));
	}

	/** The type as the API names it: APPRAISAL or LEVEL. */
	String typeCode() {
		InstitutionType known = this.type == null ? null : InstitutionType.fromLabel(this.type);
		return known == null ? null : known.name();
	}

	private static Integer integer(String value) {
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
