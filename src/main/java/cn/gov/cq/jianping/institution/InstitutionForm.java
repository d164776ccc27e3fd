package cn.gov.cq.jianping.institution;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.gov.cq.jianping.shared.CreditCode;
import cn.gov.cq.jianping.shared.ValidCreditCode;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the institution form (and one row of the import workbook) carries. The constraints
 * follow the columns of {@code institution} (V2 migration); the rules between fields are
 * in {@link InstitutionFormValidator}. Messages are keys of {@code messages.properties}.
 *
 * @param authority {@value #CITY} for the city, else a district code
 * @param version the version the user started editing from, for optimistic locking
 */
public record InstitutionForm(
		@NotBlank(message = "{institution.name.required}") @Size(max = 100,
				message = "{institution.name.size}") String name,
		@ValidCreditCode String creditCode, @NotNull(message = "{institution.type.required}") InstitutionType type,
		@NotBlank(message = "{institution.authority.required}") String authority,
		@NotBlank(message = "{institution.registrationNumber.required}") @Size(max = 100,
				message = "{institution.registrationNumber.size}") String registrationNumber,
		@NotNull(message = "{institution.registeredOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate registeredOn,
		@NotNull(message = "{institution.expiresOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn,
		@NotBlank(message = "{institution.scopeOccupations.required}") String scopeOccupations,
		@NotBlank(message = "{institution.evaluationSites.required}") String evaluationSites,
		@NotBlank(message = "{institution.contactPerson.required}") @Size(max = 50,
				message = "{institution.contactPerson.size}") String contactPerson,
		@NotBlank(message = "{institution.contactPhone.required}") @Size(max = 30,
				message = "{institution.contactPhone.size}") @Pattern(regexp = PHONE,
						message = "{institution.contactPhone.pattern}") String contactPhone,
		Long version) {

	public static final String CITY = "CITY";

	/**
	 * A mobile number, or a landline with area code; a missing one is reported by
	 * {@code @NotBlank} alone.
	 */
	static final String PHONE = "^$|^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$";

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

	/**
	 * The form as it is checked and saved: text without surrounding blanks (blank as
	 * missing), the code upper case.
	 */
	InstitutionForm trimmed() {
		return new InstitutionForm(trim(this.name), trim(CreditCode.normalise(this.creditCode)), this.type,
				trim(this.authority), trim(this.registrationNumber), this.registeredOn, this.expiresOn,
				trim(this.scopeOccupations), trim(this.evaluationSites), trim(this.contactPerson),
				trim(this.contactPhone), this.version);
	}

	private static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
