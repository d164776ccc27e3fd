package cn.gov.cq.jianping.supervision;

import java.util.EnumMap;
import java.util.Map;

import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.model.GradeConsequences;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configured figures of 分类管理: the days allowed for a rectification and the routine
 * inspections per year for each grade.
 */
@Component
class GradeSettings {

	private final int rectificationDays;

	private final Map<Grade, Integer> frequency = new EnumMap<>(Grade.class);

	GradeSettings(@Value("${jianping.rectification.days:90}") int rectificationDays,
			@Value("${jianping.inspection.per-year.excellent:0}") int excellent,
			@Value("${jianping.inspection.per-year.qualified:1}") int qualified,
			@Value("${jianping.inspection.per-year.basic:2}") int basic,
			@Value("${jianping.inspection.per-year.unqualified:2}") int unqualified) {
		this.rectificationDays = rectificationDays;
		this.frequency.put(Grade.EXCELLENT, excellent);
		this.frequency.put(Grade.QUALIFIED, qualified);
		this.frequency.put(Grade.BASIC, basic);
		this.frequency.put(Grade.UNQUALIFIED, unqualified);
	}

	int rectificationDays() {
		return this.rectificationDays;
	}

	/** What a grade brings, with the configured inspection frequency. */
	GradeConsequences consequencesOf(Grade grade) {
		return GradeConsequences.of(grade, this.frequency);
	}

}
