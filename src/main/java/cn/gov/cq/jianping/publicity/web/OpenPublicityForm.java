package cn.gov.cq.jianping.publicity.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.PublicityPeriod;

/**
 * What the bureau types to open a publicity, kept as typed so a refused form shows it
 * again.
 */
record OpenPublicityForm(Long roundId, String start, String days, String dayKind, List<Long> caseIds,
		String lengthReason) {

	static OpenPublicityForm defaults(long roundId, LocalDate tomorrow) {
		return new OpenPublicityForm(roundId, tomorrow.toString(), String.valueOf(PublicityPeriod.DEFAULT_DAYS),
				DayKind.NATURAL.name(), List.of(), null);
	}

	/** Problems found before the service is asked, by field. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		if (this.roundId == null) {
			problems.put("roundId", "请选择评估批次");
		}
		if (this.start == null || this.start.isBlank()) {
			problems.put("start", "请填写公示开始日期");
		}
		else if (startDate() == null) {
			problems.put("start", "请按“年-月-日”填写有效的公示开始日期");
		}
		if (this.days == null || this.days.isBlank()) {
			problems.put("days", "请填写公示天数");
		}
		else if (dayCount() == null) {
			problems.put("days", "公示期应为 1 至 60 天");
		}
		if (kind() == null) {
			problems.put("dayKind", "请选择按自然日还是工作日计算");
		}
		return problems;
	}

	LocalDate startDate() {
		try {
			return this.start == null ? null : LocalDate.parse(this.start.trim());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	Integer dayCount() {
		try {
			return this.days == null ? null : Integer.valueOf(this.days.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	DayKind kind() {
		for (DayKind kind : DayKind.values()) {
			if (kind.name().equals(this.dayKind)) {
				return kind;
			}
		}
		return null;
	}

	List<Long> selectedCaseIds() {
		return this.caseIds == null ? List.of() : this.caseIds;
	}

	/** Whether the case is ticked (for the checkbox list). */
	public boolean selected(long caseId) {
		return selectedCaseIds().contains(caseId);
	}

}
