package cn.gov.cq.jianping.institution;

/**
 * Filters of the registry list; blank means "any".
 *
 * @param q part of the name or of the credit code
 * @param district a district code, or {@code CITY} for city-registered institutions
 */
public record InstitutionSearch(String q, InstitutionType type, String district, InstitutionStatus status) {

	public static InstitutionSearch none() {
		return new InstitutionSearch(null, null, null, null);
	}

}
