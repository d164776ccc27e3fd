package cn.gov.cq.jianping.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One login attempt, successful or not, kept for the security audit.
 */
@Entity
@Table(name = "login_record")
class LoginRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String username;

	@Column(nullable = false)
	private String outcome;

	@Column(name = "remote_address")
	private String remoteAddress;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	protected LoginRecord() {
	}

	LoginRecord(String username, String outcome, String remoteAddress, Instant occurredAt) {
		this.username = username.length() > 100 ? username.substring(0, 100) : username;
		this.outcome = outcome;
		this.remoteAddress = remoteAddress;
		this.occurredAt = occurredAt;
	}

	String getUsername() {
		return this.username;
	}

	String getOutcome() {
		return this.outcome;
	}

	String getRemoteAddress() {
		return this.remoteAddress;
	}

	Instant getOccurredAt() {
		return this.occurredAt;
	}

}
