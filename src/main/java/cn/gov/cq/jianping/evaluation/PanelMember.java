package cn.gov.cq.jianping.evaluation;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * An expert on a case's panel; they see the case only after signing the no-conflict
 * declaration.
 */
@Entity
@Table(name = "panel_member")
@IdClass(PanelMember.Key.class)
class PanelMember {

	@Id
	@Column(name = "case_id")
	private long caseId;

	@Id
	@Column(name = "expert_id")
	private long expertId;

	@Column(nullable = false)
	private boolean lead;

	@Column(name = "declared_at")
	private Instant declaredAt;

	/** Composite key. */
	static class Key implements Serializable {

		private long caseId;

		private long expertId;

		Key() {
		}

		Key(long caseId, long expertId) {
			this.caseId = caseId;
			this.expertId = expertId;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && key.caseId == this.caseId && key.expertId == this.expertId;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.caseId, this.expertId);
		}

	}

	protected PanelMember() {
	}

	PanelMember(long caseId, long expertId, boolean lead) {
		this.caseId = caseId;
		this.expertId = expertId;
		this.lead = lead;
	}

	void declareNoConflict(Instant now) {
		if (this.declaredAt == null) {
			this.declaredAt = now;
		}
	}

	boolean hasDeclared() {
		return this.declaredAt != null;
	}

	long getCaseId() {
		return this.caseId;
	}

	long getExpertId() {
		return this.expertId;
	}

	boolean isLead() {
		return this.lead;
	}

	Instant getDeclaredAt() {
		return this.declaredAt;
	}

}
