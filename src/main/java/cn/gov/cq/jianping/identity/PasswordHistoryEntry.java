package cn.gov.cq.jianping.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A password an account had, as its hash: the last five may not be chosen again. */
@Entity
@Table(name = "password_history")
class PasswordHistoryEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "set_at", nullable = false)
	private Instant setAt;

	protected PasswordHistoryEntry() {
	}

	PasswordHistoryEntry(long accountId, String passwordHash, Instant setAt) {
		this.accountId = accountId;
		this.passwordHash = passwordHash;
		this.setAt = setAt;
	}

	String passwordHash() {
		return this.passwordHash;
	}

}
