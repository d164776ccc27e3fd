package cn.gov.cq.jianping.publicity;

import java.time.Instant;

import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * 等级确定: an institution's grade became final after its publicity (第十二条). Published inside
 * the confirming transaction, so what listeners record commits with it.
 */
public record GradeConfirmed(long institutionId, long caseId, Grade grade, int roundYear, Instant confirmedAt) {
}
