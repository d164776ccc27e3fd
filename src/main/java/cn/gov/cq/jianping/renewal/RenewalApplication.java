package cn.gov.cq.jianping.renewal;

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

import cn.gov.cq.jianping.scoring.model.Grade;

/**
 * 延续备案申请: the scope applied for, the basis (latest confirmed grade) as it stood when the
 * application was made, and the registering authority's decision.
 */
@Entity
@Table(name = "renewal_application")
class RenewalApplication {

	enum Status {

		SUBMITTED("待决定"), APPROVED("准予延续备案"), REFUSED("不予延续备案");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		String label() {
			return this.label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "institution_id", nullable = false)
	private long institutionId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "expires_on", nullable = false)
	private LocalDate expiresOn;

	@Column(name = "scope_occupations", nullable = false, columnDefinition = "text")
	private String scopeOccupations;

	@Column(name = "evaluation_sites", nullable = false, columnDefinition = "text")
	private String evaluationSites;

	@Column(nullable = false, columnDefinition = "text")
	private String statement;

	@Enumerated(EnumType.STRING)
	@Column(name = "basis_grade")
	private Grade basisGrade;

	@Column(name = "basis_round_year")
	private Integer basisRoundYear;

	@Column(name = "basis_valid_until")
	private LocalDate basisValidUntil;

	@Column(name = "technical_waived", nullable = false)
	private boolean technicalWaived;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.SUBMITTED;

	@Column(name = "submitted_by", nullable = false)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_reason", columnDefinition = "text")
	private String decisionReason;

	@Column(name = "technical_review", columnDefinition = "text")
	private String technicalReview;

	@Column(name = "new_expires_on")
	private LocalDate newExpiresOn;

	@Column(name = "document_number")
	private String documentNumber;

	@Version
	private long version;

	protected RenewalApplication() {
	}

	RenewalApplication(long institutionId, String districtCode, LocalDate expiresOn, String scopeOccupations,
			String evaluationSites, String statement, Grade basisGrade, Integer basisRoundYear,
			LocalDate basisValidUntil, String submittedBy, Instant now) {
		this.institutionId = institutionId;
		this.districtCode = districtCode;
		this.expiresOn = expiresOn;
		this.scopeOccupations = scopeOccupations;
		this.evaluationSites = evaluationSites;
		this.statement = statement;
		this.basisGrade = basisGrade;
		this.basisRoundYear = basisRoundYear;
		this.basisValidUntil = basisValidUntil;
		this.submittedBy = submittedBy;
		this.submittedAt = now;
	}

	/**
	 * 准予延续: the new expiry, and whether the technical evaluation was waived (第十六条(二)).
	 */
	void approve(boolean waived, String technicalReview, LocalDate newExpiry, String reason, String by, String number,
			Instant now) {
		requireOpen();
		this.status = Status.APPROVED;
		this.technicalWaived = waived;
		this.technicalReview = technicalReview;
		this.newExpiresOn = newExpiry;
		decided(reason, by, number, now);
	}

	void refuse(String reason, String by, String number, Instant now) {
		requireOpen();
		this.status = Status.REFUSED;
		decided(reason, by, number, now);
	}

	private void decided(String reason, String by, String number, Instant now) {
		this.decisionReason = reason;
		this.decidedBy = by;
		this.documentNumber = number;
		this.decidedAt = now;
	}

	private void requireOpen() {
		if (this.status != Status.SUBMITTED) {
			throw new RenewalRejectedException("该申请已作出决定");
		}
	}

	Long getId() {
		return this.id;
	}

	long getInstitutionId() {
		return this.institutionId;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	String getScopeOccupations() {
		return this.scopeOccupations;
	}

	String getEvaluationSites() {
		return this.evaluationSites;
	}

	String getStatement() {
		return this.statement;
	}

	Grade getBasisGrade() {
		return this.basisGrade;
	}

	Integer getBasisRoundYear() {
		return this.basisRoundYear;
	}

	LocalDate getBasisValidUntil() {
		return this.basisValidUntil;
	}

	boolean isTechnicalWaived() {
		return this.technicalWaived;
	}

	Status getStatus() {
		return this.status;
	}

	String getSubmittedBy() {
		return this.submittedBy;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
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

	String getTechnicalReview() {
		return this.technicalReview;
	}

	LocalDate getNewExpiresOn() {
		return this.newExpiresOn;
	}

	String getDocumentNumber() {
		return this.documentNumber;
	}

	long getVersion() {
		return this.version;
	}

}
