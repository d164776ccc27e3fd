package cn.gov.cq.jianping.publicity.model;

/**
 * How the days of a publicity period are counted.
 */
public enum DayKind {

	/** 自然日 (default). */
	NATURAL("自然日"),
	/** 工作日 on the State Council holiday schedule with 调休 ({@link HolidaySchedule}). */
	WORKING("工作日");

	private final String label;

	DayKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
