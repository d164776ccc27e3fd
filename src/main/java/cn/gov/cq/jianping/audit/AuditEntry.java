package cn.gov.cq.jianping.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded decision or change; never updated, never deleted.
 */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(name = "target_type", nullable = false)
	private String targetType;

	@Column(name = "target_id")
	private String targetId;

	@Column(columnDefinition = "text")
	private String detail;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected AuditEntry() {
	}

	AuditEntry(String actor, String action, String targetType, String targetId, String detail, Instant occurredAt) {
		this.actor = actor;
		this.action = action;
		this.targetType = targetType;
		this.targetId = targetId;
		this.detail = detail;
		this.occurredAt = occurredAt;
	}

	AuditLog.Entry toEntry() {
		return new AuditLog.Entry(this.actor, this.action, this.targetType, this.targetId, this.detail,
				this.occurredAt);
	}

}
