package cn.gov.cq.jianping.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 恢复码: one-time replacement of a 动态口令, kept only as a hash. */
@Entity
@Table(name = "totp_recovery_code")
class RecoveryCode {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "used_at")
	private Instant usedAt;

	protected RecoveryCode() {
	}

	RecoveryCode(long accountId, String codeHash) {
		this.accountId = accountId;
		this.codeHash = codeHash;
	}

	String codeHash() {
		return this.codeHash;
	}

	boolean isUsed() {
		return this.usedAt != null;
	}

	void use(Instant now) {
		this.usedAt = now;
	}

}
