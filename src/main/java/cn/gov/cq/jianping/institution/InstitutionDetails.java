package cn.gov.cq.jianping.institution;

import java.time.LocalDate;

/**
 * The registration data of an institution, already checked by {@link InstitutionChecks}.
 *
 * @param districtCode the registering district, or {@code null} for the city
 */
record InstitutionDetails(String name, String creditCode, InstitutionType type, String districtCode,
		String registrationNumber, LocalDate registeredOn, LocalDate expiresOn, String scopeOccupations,
		String evaluationSites, String contactPerson, String contactPhone) {
}
