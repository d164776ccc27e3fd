package cn.gov.cq.jianping.institution;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the institution form (and one row of the import workbook) carries.
 *
 * @param authority {@value #CITY} for the city, else a district code
 * @param version the version the user started editing from, for optimistic locking
 */
public record InstitutionForm(String name, String creditCode, InstitutionType type, String authority,
		String registrationNumber, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn, String scopeOccupations,
		String evaluationSites, String contactPerson, String contactPhone, Long version) {

	public static final String CITY = "CITY";

	static InstitutionForm empty() {
		return new InstitutionForm(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	static InstitutionForm of(InstitutionDetails details, long version) {
		return new InstitutionForm(details.name(), details.creditCode(), details.type(),
				details.districtCode() == null ? CITY : details.districtCode(), details.registrationNumber(),
				details.registeredOn(), details.expiresOn(), details.scopeOccupations(), details.evaluationSites(),
				details.contactPerson(), details.contactPhone(), version);
	}

	InstitutionForm withAuthority(String newAuthority) {
		return new InstitutionForm(this.name, this.creditCode, this.type, newAuthority, this.registrationNumber,
				this.registeredOn, this.expiresOn, this.scopeOccupations, this.evaluationSites, this.contactPerson,
				this.contactPhone, this.version);
	}

}
