package cn.gov.cq.jianping.supervision.model;

import java.util.Map;

import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * What a confirmed grade entails (第十六条 to 第十九条), with the article behind each
 * consequence.
 *
 * @param inspectionsPerYear routine inspections a year (configurable per grade)
 */
public record GradeConsequences(Grade grade, boolean plaque, boolean renewalExempt, boolean inspectionExempt,
		int inspectionsPerYear, boolean keyMonitoring, boolean rectificationOrder, boolean suspendDuringRectification,
		boolean cancellationProposal, String explanation) {

	/** Defaults of 第二十条's routine inspections: 优秀 none, 合格 once, others twice a year. */
	public static final Map<Grade, Integer> DEFAULT_FREQUENCY = Map.of(Grade.EXCELLENT, 0, Grade.QUALIFIED, 1,
			Grade.BASIC, 2, Grade.UNQUALIFIED, 2);

	public static GradeConsequences of(Grade grade, Map<Grade, Integer> frequency) {
		int perYear = frequency.getOrDefault(grade, DEFAULT_FREQUENCY.get(grade));
		return switch (grade) {
			case EXCELLENT -> new GradeConsequences(grade, true, true, true, 0, false, false, false, false,
					"第十六条：给予命名和授牌；备案到期再次申请备案免于技术评估；免除日常检查");
			case QUALIFIED -> new GradeConsequences(grade, false, false, false, perYear, false, false, false, false,
					"第十七条：减少日常检查频次（每年 " + perYear + " 次）");
			case BASIC -> new GradeConsequences(grade, false, false, false, perYear, true, true, true, false,
					"第十八条：列为重点监控对象，责令限期整改，整改期间暂停评价活动；限期内未完成整改的，取消机构备案");
			case UNQUALIFIED -> new GradeConsequences(grade, false, false, false, perYear, true, false, false, true,
					"第十九条：取消机构备案（由市人力社保局决定）");
		};
	}

}
