package cn.gov.cq.jianping.publicity;

import java.math.BigDecimal;
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
 * One institution's result under publicity.
 */
@Entity
@Table(name = "publicity_entry")
class PublicityEntry {

	enum Status {

		UNDER_NOTICE("公示中"), CONFIRMED("已确定"), WITHDRAWN("异议成立，重新评估");

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

	@Column(name = "publicity_id", nullable = false)
	private long publicityId;

	@Column(name = "case_id", nullable = false)
	private long caseId;

	@Column(name = "institution_id", nullable = false)
	private long institutionId;

	@Column(name = "institution_name", nullable = false)
	private String institutionName;

	@Column(name = "credit_code", nullable = false)
	private String creditCode;

	@Column(name = "institution_type", nullable = false)
	private String institutionType;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "round_year", nullable = false)
	private int roundYear;

	@Column(nullable = false)
	private BigDecimal total;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Grade grade;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.UNDER_NOTICE;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Version
	private long version;

	protected PublicityEntry() {
	}

	PublicityEntry(long publicityId, long caseId, long institutionId, String institutionName, String creditCode,
			String institutionType, String districtCode, int roundYear, BigDecimal total, Grade grade) {
		this.publicityId = publicityId;
		this.caseId = caseId;
		this.institutionId = institutionId;
		this.institutionName = institutionName;
		this.creditCode = creditCode;
		this.institutionType = institutionType;
		this.districtCode = districtCode;
		this.roundYear = roundYear;
		this.total = total;
		this.grade = grade;
	}

	void confirm(Instant now) {
		if (this.status == Status.UNDER_NOTICE) {
			this.status = Status.CONFIRMED;
			this.confirmedAt = now;
		}
	}

	void withdraw() {
		this.status = Status.WITHDRAWN;
	}

	Long getId() {
		return this.id;
	}

	long getPublicityId() {
		return this.publicityId;
	}

	long getCaseId() {
		return this.caseId;
	}

	long getInstitutionId() {
		return this.institutionId;
	}

	String getInstitutionName() {
		return this.institutionName;
	}

	String getCreditCode() {
		return this.creditCode;
	}

	String getInstitutionType() {
		return this.institutionType;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	int getRoundYear() {
		return this.roundYear;
	}

	BigDecimal getTotal() {
		return this.total;
	}

	Grade getGrade() {
		return this.grade;
	}

	Status getStatus() {
		return this.status;
	}

	Instant getConfirmedAt() {
		return this.confirmedAt;
	}

}
