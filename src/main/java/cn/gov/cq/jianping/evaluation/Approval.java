package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * 审核通过: who approved the case, when, and the total and grade approved; absent until then.
 */
@Embeddable
record Approval(@Column(name = "approved_by") String by, @Column(name = "approved_at") Instant at,
		@Column(name = "approved_total") BigDecimal total,
		@Enumerated(EnumType.STRING) @Column(name = "approved_grade") Grade grade) {
}
