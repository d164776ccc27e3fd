package cn.gov.cq.jianping.evaluation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.gov.cq.jianping.evaluation.model.CaseStage;

/**
 * One line of a case's timeline: who did what, when, from which stage to which, and why.
 */
@Entity
@Table(name = "case_event")
class CaseEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private long caseId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage")
	private CaseStage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_stage")
	private CaseStage toStage;

	@Column(columnDefinition = "text")
	private String detail;

	Long getId() {
		return this.id;
	}

	protected CaseEvent() {
	}

	CaseEvent(long caseId, Instant occurredAt, String actor, String action, CaseStage fromStage, CaseStage toStage,
			String detail) {
		this.caseId = caseId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.fromStage = fromStage;
		this.toStage = toStage;
		this.detail = detail;
	}

	CaseViews.TimelineEntry toView() {
		return new CaseViews.TimelineEntry(this.occurredAt, this.actor, this.action, this.fromStage, this.toStage,
				this.detail);
	}

}
