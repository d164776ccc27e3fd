package cn.gov.cq.jianping.evaluation;

import java.util.List;

/**
 * 以日常管理情况为基础 (第十一条): other modules add lines about an institution's daily management
 * (complaints, inspections) to what the panel sees on a case, without this module
 * depending on them.
 */
public interface DailyRecordContributor {

	List<String> linesFor(long institutionId);

}
