package cn.gov.cq.jianping.evaluation;

import java.time.LocalDate;
import java.util.List;

/**
 * 以日常管理情况为基础 (第十一条): other modules add lines about an institution's daily management
 * (complaints, inspections, spot checks, rectification orders, decisions) to what the
 * panel and the center see on a case, without this module depending on them.
 */
public interface DailyRecordContributor {

	List<String> linesFor(long institutionId);

	/**
	 * The lines as of the round's reference date (the day the round was launched), for
	 * rules that look back from it such as “半年内”.
	 */
	default List<String> linesFor(long institutionId, LocalDate referenceDate) {
		return linesFor(institutionId);
	}

	/**
	 * Facts the system holds that match criteria and vetoes of the rubrics, to prefill
	 * the criteria and suggest (never impose) the vetoes, with their source.
	 */
	default List<DailyFact> factsFor(long institutionId, LocalDate referenceDate) {
		return List.of();
	}

}
