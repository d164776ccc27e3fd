package cn.gov.cq.jianping.supervision;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 责令限期整改 (第十八条, 第二十条): an order with a deadline, the institution's report, and its
 * verification by the district office or the center.
 */
@Entity
@Table(name = "rectification_order")
class RectificationOrder {

	enum Status {

		OPEN("整改中"), REPORTED("已提交整改报告"), ACCEPTED("整改验收通过"), OVERDUE("逾期未完成整改");

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

	@Column(nullable = false, columnDefinition = "text")
	private String reason;

	@Column(name = "issued_by", nullable = false)
	private String issuedBy;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(nullable = false)
	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.OPEN;

	@Column(columnDefinition = "text")
	private String report;

	@Column(name = "reported_at")
	private Instant reportedAt;

	@Column(name = "verified_by")
	private String verifiedBy;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "verification_note", columnDefinition = "text")
	private String verificationNote;

	/** 发文字号 of the 整改通知书; {@code null} for orders issued before notices were numbered. */
	@Column(name = "document_number")
	private String documentNumber;

	/** 发文机关 of the 整改通知书. */
	@Column(name = "issuing_authority")
	private String issuingAuthority;

	@Version
	private long version;

	protected RectificationOrder() {
	}

	RectificationOrder(long institutionId, String reason, String issuedBy, Instant issuedAt, LocalDate deadline) {
		this.institutionId = institutionId;
		this.reason = reason;
		this.issuedBy = issuedBy;
		this.issuedAt = issuedAt;
		this.deadline = deadline;
	}

	RectificationOrder(long institutionId, String reason, String issuedBy, Instant issuedAt, LocalDate deadline,
			String issuingAuthority, String documentNumber) {
		this(institutionId, reason, issuedBy, issuedAt, deadline);
		this.issuingAuthority = issuingAuthority;
		this.documentNumber = documentNumber;
	}

	void submitReport(String text, Instant now) {
		if (this.status != Status.OPEN) {
			throw new SupervisionRejectedException("当前状态为“" + this.status.label + "”，不能提交整改报告");
		}
		if (text == null || text.isBlank()) {
			throw new SupervisionRejectedException("请填写整改报告");
		}
		this.report = text.trim();
		this.reportedAt = now;
		this.status = Status.REPORTED;
	}

	void verify(boolean accepted, String note, String by, Instant now) {
		if (this.status != Status.REPORTED) {
			throw new SupervisionRejectedException("机构尚未提交整改报告，不能验收");
		}
		if (note == null || note.isBlank()) {
			throw new SupervisionRejectedException("请填写验收意见");
		}
		this.verifiedBy = by;
		this.verifiedAt = now;
		this.verificationNote = note.trim();
		this.status = accepted ? Status.ACCEPTED : Status.OPEN;
	}

	/** Past the deadline without accepted rectification (第十八条: 限期内未按要求完成整改). */
	boolean markOverdueIfDue(LocalDate today) {
		if (this.status == Status.OPEN && today.isAfter(this.deadline)) {
			this.status = Status.OVERDUE;
			return true;
		}
		return false;
	}

	Long getId() {
		return this.id;
	}

	long getInstitutionId() {
		return this.institutionId;
	}

	String getReason() {
		return this.reason;
	}

	String getIssuedBy() {
		return this.issuedBy;
	}

	Instant getIssuedAt() {
		return this.issuedAt;
	}

	LocalDate getDeadline() {
		return this.deadline;
	}

	Status getStatus() {
		return this.status;
	}

	String getReport() {
		return this.report;
	}

	Instant getReportedAt() {
		return this.reportedAt;
	}

	String getVerifiedBy() {
		return this.verifiedBy;
	}

	String getVerificationNote() {
		return this.verificationNote;
	}

	String getDocumentNumber() {
		return this.documentNumber;
	}

	String getIssuingAuthority() {
		return this.issuingAuthority;
	}

	long getVersion() {
		return this.version;
	}

}
