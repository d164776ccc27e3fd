package cn.gov.cq.jianping.publicity;

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

/**
 * 评估异议: a written, real-name objection to an entry under publicity, and its re-review
 * (第十三条). ID and phone numbers are stored encrypted.
 */
@Entity
@Table(name = "objection")
class Objection {

	enum ObjectorKind {

		PERSON("个人"), ORGANISATION("单位");

		final String label;

		ObjectorKind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	enum Status {

		SUBMITTED("待复核"), UPHELD("异议成立"), REJECTED("异议不成立");

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

	@Column(name = "entry_id", nullable = false)
	private long entryId;

	@Column(name = "receipt_number", nullable = false, unique = true)
	private String receiptNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "objector_kind", nullable = false)
	private ObjectorKind objectorKind;

	@Column(name = "objector_name")
	private String objectorName;

	@Column(name = "id_number_enc")
	private String idNumberEncrypted;

	@Column(name = "phone_enc")
	private String phoneEncrypted;

	private String organisation;

	@Column(name = "org_credit_code")
	private String orgCreditCode;

	@Column(name = "contact_person")
	private String contactPerson;

	@Column(nullable = false, columnDefinition = "text")
	private String content;

	@Column(name = "consent_at", nullable = false)
	private Instant consentAt;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.SUBMITTED;

	@Column(columnDefinition = "text")
	private String verification;

	@Column(name = "verified_by")
	private String verifiedBy;

	@Column(columnDefinition = "text")
	private String conclusion;

	@Column(columnDefinition = "text")
	private String reply;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "personal_data_erased_at")
	private Instant personalDataErasedAt;

	@Version
	private long version;

	protected Objection() {
	}

	Objection(long entryId, String receiptNumber, ObjectorKind kind, String objectorName, String idNumberEncrypted,
			String phoneEncrypted, String organisation, String orgCreditCode, String contactPerson, String content,
			Instant now) {
		this.entryId = entryId;
		this.receiptNumber = receiptNumber;
		this.objectorKind = kind;
		this.objectorName = objectorName;
		this.idNumberEncrypted = idNumberEncrypted;
		this.phoneEncrypted = phoneEncrypted;
		this.organisation = organisation;
		this.orgCreditCode = orgCreditCode;
		this.contactPerson = contactPerson;
		this.content = content;
		this.consentAt = now;
		this.submittedAt = now;
	}

	void decide(boolean upheld, String verification, String verifiedBy, String conclusion, String reply,
			String decidedBy, Instant now) {
		if (this.status != Status.SUBMITTED) {
			throw new PublicityRejectedException("status", "该异议已复核，不能重复处理");
		}
		this.status = upheld ? Status.UPHELD : Status.REJECTED;
		this.verification = verification;
		this.verifiedBy = verifiedBy;
		this.conclusion = conclusion;
		this.reply = reply;
		this.decidedBy = decidedBy;
		this.decidedAt = now;
	}

	/** After the retention period the objection stays, its personal data goes. */
	void erasePersonalData(Instant now) {
		this.objectorName = this.objectorName == null ? null : "（已删除）";
		this.idNumberEncrypted = null;
		this.phoneEncrypted = null;
		this.contactPerson = this.contactPerson == null ? null : "（已删除）";
		this.personalDataErasedAt = now;
	}

	Long getId() {
		return this.id;
	}

	long getEntryId() {
		return this.entryId;
	}

	String getReceiptNumber() {
		return this.receiptNumber;
	}

	ObjectorKind getObjectorKind() {
		return this.objectorKind;
	}

	String getObjectorName() {
		return this.objectorName;
	}

	String getIdNumberEncrypted() {
		return this.idNumberEncrypted;
	}

	String getPhoneEncrypted() {
		return this.phoneEncrypted;
	}

	String getOrganisation() {
		return this.organisation;
	}

	String getOrgCreditCode() {
		return this.orgCreditCode;
	}

	String getContactPerson() {
		return this.contactPerson;
	}

	String getContent() {
		return this.content;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Status getStatus() {
		return this.status;
	}

	String getVerification() {
		return this.verification;
	}

	String getVerifiedBy() {
		return this.verifiedBy;
	}

	String getConclusion() {
		return this.conclusion;
	}

	String getReply() {
		return this.reply;
	}

	String getDecidedBy() {
		return this.decidedBy;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	Instant getPersonalDataErasedAt() {
		return this.personalDataErasedAt;
	}

	long getVersion() {
		return this.version;
	}

}
