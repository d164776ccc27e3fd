package cn.gov.cq.jianping.institution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.gov.cq.jianping.shared.Districts;

/**
 * An institution as other modules and the pages see it.
 */
public record InstitutionView(long id, String name, String creditCode, InstitutionType type, String districtCode,
		String registrationNumber, LocalDate registeredOn, LocalDate expiresOn, String scopeOccupations,
		String evaluationSites, String contactPerson, String contactPhone, InstitutionStatus status, long version,
		List<StatusChange> statusChanges) {

	/** 备案已过期: shown instead of the status once the registration has run out. */
	public static final String EXPIRED_LABEL = "备案已过期";

	/** How an expired registration is listed where it waits for 延续备案. */
	public static final String AWAITING_RENEWAL_LABEL = "备案已过期，待延续备案";

	/** One step of the status history. */
	public record StatusChange(InstitutionStatus from, InstitutionStatus to, String reason, String changedBy,
			Instant changedAt) {
	}

	/** 备案机关: 市级 or the district's name. */
	public String authorityLabel() {
		return this.districtCode == null ? "市级" : Districts.all().nameOf(this.districtCode);
	}

	/**
	 * Whether the registration has run out on {@code today} (the expiry day still
	 * counts).
	 */
	public boolean expiredOn(LocalDate today) {
		return this.status != InstitutionStatus.CANCELLED && this.expiresOn.isBefore(today);
	}

	/** The status as shown: an expired registration is 备案已过期, never 正常. */
	public String statusLabelOn(LocalDate today) {
		return expiredOn(today) ? EXPIRED_LABEL : this.status.label();
	}

	static InstitutionView of(Institution institution, boolean withHistory) {
		InstitutionDetails d = institution.details();
		return new InstitutionView(institution.getId(), d.name(), d.creditCode(), d.type(), d.districtCode(),
				d.registrationNumber(), d.registeredOn(), d.expiresOn(), d.scopeOccupations(), d.evaluationSites(),
				d.contactPerson(), d.contactPhone(), institution.getStatus(), institution.getVersion(),
				withHistory ? institution.getStatusChanges().stream().map(InstitutionStatusChange::toView).toList()
						: List.of());
	}

}
