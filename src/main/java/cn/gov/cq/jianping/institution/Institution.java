package cn.gov.cq.jianping.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registered (备案) appraisal or evaluation institution.
 */
@Entity
@Table(name = "institution")
class Institution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "credit_code", nullable = false, unique = true, length = 18)
	private String creditCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InstitutionType type;

	/** Null when the city registered it. */
	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "registration_number", nullable = false, unique = true)
	private String registrationNumber;

	@Column(name = "registered_on", nullable = false)
	private LocalDate registeredOn;

	@Column(name = "expires_on", nullable = false)
	private LocalDate expiresOn;

	@Column(name = "scope_occupations", nullable = false, columnDefinition = "text")
	private String scopeOccupations;

	@Column(name = "evaluation_sites", nullable = false, columnDefinition = "text")
	private String evaluationSites;

	@Column(name = "contact_person", nullable = false)
	private String contactPerson;

	@Column(name = "contact_phone", nullable = false)
	private String contactPhone;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private InstitutionStatus status = InstitutionStatus.NORMAL;

	@OneToMany(mappedBy = "institution", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("changedAt ASC, id ASC")
	private List<InstitutionStatusChange> statusChanges = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Institution() {
	}

	Institution(InstitutionDetails details, Instant now) {
		apply(details, now);
		this.createdAt = now;
	}

	void apply(InstitutionDetails details, Instant now) {
		this.name = details.name();
		this.creditCode = details.creditCode();
		this.type = details.type();
		this.districtCode = details.districtCode();
		this.registrationNumber = details.registrationNumber();
		this.registeredOn = details.registeredOn();
		this.expiresOn = details.expiresOn();
		this.scopeOccupations = details.scopeOccupations();
		this.evaluationSites = details.evaluationSites();
		this.contactPerson = details.contactPerson();
		this.contactPhone = details.contactPhone();
		this.updatedAt = now;
	}

	/** Every change of status keeps who changed it and why. */
	void changeStatus(InstitutionStatus newStatus, String reason, String changedBy, Instant now) {
		if (newStatus == this.status) {
			throw new InstitutionRejectedException("status", "机构当前已是“" + newStatus.label() + "”状态");
		}
		if (reason == null || reason.isBlank()) {
			throw new InstitutionRejectedException("reason", "请填写状态变更原因");
		}
		this.statusChanges
			.add(new InstitutionStatusChange(this, this.status, newStatus, reason.trim(), changedBy, now));
		this.status = newStatus;
		this.updatedAt = now;
	}

	/**
	 * 延续备案: the registration runs on to {@code newExpiry}; the registration date stays,
	 * so a renewal is not a new registration for 第八条.
	 */
	void renew(LocalDate newExpiry, String scopeOccupations, String evaluationSites, Instant now) {
		if (this.status == InstitutionStatus.CANCELLED) {
			throw new InstitutionRejectedException("status", "已取消备案的机构不能延续备案（第十九条）");
		}
		if (!newExpiry.isAfter(this.expiresOn)) {
			throw new InstitutionRejectedException("expiresOn", "延续后的有效期须晚于原有效期");
		}
		this.expiresOn = newExpiry;
		this.scopeOccupations = scopeOccupations;
		this.evaluationSites = evaluationSites;
		this.updatedAt = now;
	}

	/** The status before the last cancellation, which a reversal restores. */
	InstitutionStatus statusBeforeCancellation() {
		for (int i = this.statusChanges.size() - 1; i >= 0; i--) {
			InstitutionStatusChange change = this.statusChanges.get(i);
			if (change.toView().to() == InstitutionStatus.CANCELLED) {
				return change.toView().from();
			}
		}
		return InstitutionStatus.NORMAL;
	}

	InstitutionDetails details() {
		return new InstitutionDetails(this.name, this.creditCode, this.type, this.districtCode, this.registrationNumber,
				this.registeredOn, this.expiresOn, this.scopeOccupations, this.evaluationSites, this.contactPerson,
				this.contactPhone);
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	String getCreditCode() {
		return this.creditCode;
	}

	InstitutionType getType() {
		return this.type;
	}

	String getDistrictCode() {
		return this.districtCode;
	}

	InstitutionStatus getStatus() {
		return this.status;
	}

	LocalDate getRegisteredOn() {
		return this.registeredOn;
	}

	LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	List<InstitutionStatusChange> getStatusChanges() {
		return this.statusChanges;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

}
