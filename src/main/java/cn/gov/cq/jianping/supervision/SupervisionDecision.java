package cn.gov.cq.jianping.supervision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * A measure only the bureau decides: cancelling a registration, suspending evaluation, or
 * lowering a grade (第十八条 to 第二十条). Proposed by the system or staff, decided with reasons.
 */
@Entity
@Table(name = "supervision_decision")
class SupervisionDecision {

	enum Kind {

		CANCEL_REGISTRATION("取消机构备案"), DOWNGRADE("降低机构评估等级"), SUSPEND("暂停评价活动"),
		/** 撤销取消备案决定: the only way to correct a cancellation made in error (第十九条). */
		REVERSAL("撤销取消机构备案决定");

		final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	enum Status {

		PROPOSED("待决定"), DECIDED("已决定"), DISMISSED("不予采纳"), REVERSED("已撤销");

		final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "institution_id", nullable = false)
	private long institutionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PROPOSED;

	@Column(nullable = false, columnDefinition = "text")
	private String grounds;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_grade")
	private Grade newGrade;

	@Column(name = "proposed_by", nullable = false)
	private String proposedBy;

	@Column(name = "proposed_at", nullable = false)
	private Instant proposedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_reason", columnDefinition = "text")
	private String decisionReason;

	@Column(name = "document_number")
	private String documentNumber;

	@Column(name = "reverses_decision_id")
	private Long reversesDecisionId;

	@Version
	private long version;

	protected SupervisionDecision() {
	}

	SupervisionDecision(long institutionId, Kind kind, String grounds, Grade newGrade, String proposedBy, Instant now) {
		if (kind == Kind.DOWNGRADE && newGrade == null) {
			throw new SupervisionRejectedException("降低等级须选择新的等级");
		}
		this.institutionId = institutionId;
		this.kind = kind;
		this.grounds = grounds;
		this.newGrade = newGrade;
		this.proposedBy = proposedBy;
		this.proposedAt = now;
	}

	void decide(boolean adopt, String reason, String by, String documentNumber, Instant now) {
		if (this.status != Status.PROPOSED) {
			throw new SupervisionRejectedException("该事项已处理");
		}
		if (reason == null || reason.isBlank()) {
			throw new SupervisionRejectedException("请写明决定理由");
		}
		this.status = adopt ? Status.DECIDED : Status.DISMISSED;
		this.decisionReason = reason.trim();
		this.decidedBy = by;
		this.decidedAt = now;
		this.documentNumber = adopt ? documentNumber : null;
	}

	/** A reversal of {@code original}, itself to be decided with its reasons. */
	static SupervisionDecision reversalOf(SupervisionDecision original, String grounds, String by, Instant now) {
		if (original.kind != Kind.CANCEL_REGISTRATION || original.status != Status.DECIDED) {
			throw new SupervisionRejectedException("只能撤销已作出的取消机构备案决定");
		}
		SupervisionDecision reversal = new SupervisionDecision(original.institutionId, Kind.REVERSAL, grounds, null, by,
				now);
		reversal.reversesDecisionId = original.id;
		return reversal;
	}

	/** The decision stands no more: a reversal decision has been issued. */
	void markReversed() {
		if (this.status != Status.DECIDED) {
			throw new SupervisionRejectedException("该决定不能撤销");
		}
		this.status = Status.REVERSED;
	}

	Long getReversesDecisionId() {
		return this.reversesDecisionId;
	}

	Long getId() {
		return this.id;
	}

	long getInstitutionId() {
		return this.institutionId;
	}

	Kind getKind() {
		return this.kind;
	}

	Status getStatus() {
		return this.status;
	}

	String getGrounds() {
		return this.grounds;
	}

	Grade getNewGrade() {
		return this.newGrade;
	}

	String getProposedBy() {
		return this.proposedBy;
	}

	Instant getProposedAt() {
		return this.proposedAt;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	String getDecisionReason() {
		return this.decisionReason;
	}

	String getDocumentNumber() {
		return this.documentNumber;
	}

	long getVersion() {
		return this.version;
	}

}
