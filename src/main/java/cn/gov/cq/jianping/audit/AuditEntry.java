package cn.gov.cq.jianping.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One recorded decision or change; never updated, never deleted (the table refuses it).
 * The chain fields are set by the database on insert (V176 trigger) and only read here.
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

	@Column(name = "actor_role")
	private String actorRole;

	@Column(name = "client_address")
	private String clientAddress;

	@Column(nullable = false)
	private String result;

	@Column(name = "chain_seq", insertable = false, updatable = false)
	private Long chainSeq;

	@Column(name = "hash", insertable = false, updatable = false)
	private String hash;

	protected AuditEntry() {
	}

	AuditEntry(AuditLog.Actor actor, String action, String targetType, String targetId, String detail,
			AuditLog.Result result, Instant occurredAt) {
		this.actor = cut(actor.name(), 100);
		this.actorRole = actor.role();
		this.clientAddress = cut(actor.address(), 64);
		this.action = cut(action, 100);
		this.targetType = cut(targetType, 50);
		this.targetId = cut(targetId, 50);
		this.detail = detail;
		this.result = result.label();
		this.occurredAt = occurredAt;
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	AuditLog.Entry toEntry() {
		return new AuditLog.Entry(this.actor, this.action, this.targetType, this.targetId, this.detail,
				this.occurredAt);
	}

}
