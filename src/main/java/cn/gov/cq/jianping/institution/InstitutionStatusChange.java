package cn.gov.cq.jianping.institution;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One step in an institution's status history.
 */
@Entity
@Table(name = "institution_status_change")
class InstitutionStatusChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "institution_id")
	private Institution institution;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", nullable = false)
	private InstitutionStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false)
	private InstitutionStatus toStatus;

	@Column(nullable = false, columnDefinition = "text")
	private String reason;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected InstitutionStatusChange() {
	}

	InstitutionStatusChange(Institution institution, InstitutionStatus fromStatus, InstitutionStatus toStatus,
			String reason, String changedBy, Instant changedAt) {
		this.institution = institution;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.reason = reason;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	InstitutionView.StatusChange toView() {
		return new InstitutionView.StatusChange(this.fromStatus, this.toStatus, this.reason, this.changedBy,
				this.changedAt);
	}

}
