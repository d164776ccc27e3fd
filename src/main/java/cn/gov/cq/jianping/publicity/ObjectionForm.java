package cn.gov.cq.jianping.publicity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the public objection form carries (第十二条). The constraints of the default group
 * hold for every objector; those of {@link PersonObjector} or
 * {@link OrganisationObjector} only for the kind chosen, which {@link ObjectorValidator}
 * decides. Sizes follow the columns of {@code objection}.
 */
public record ObjectionForm(Long entryId,
		@NotNull(message = "{objection.objectorKind.required}") @Pattern(regexp = "PERSON|ORGANISATION",
				message = "{objection.objectorKind.required}") String objectorKind,
		@NotBlank(groups = PersonObjector.class, message = "{objection.name.required}") @Size(max = 100,
				groups = PersonObjector.class, message = "{objection.name.tooLong}") String name,
		@ValidIdNumber(groups = PersonObjector.class) String idNumber,
		@NotNull(groups = PersonObjector.class, message = "{objection.mobile.invalid}") @Pattern(
				regexp = "\\s*1[3-9]\\d{9}\\s*", groups = PersonObjector.class,
				message = "{objection.mobile.invalid}") @NotNull(groups = OrganisationObjector.class,
						message = "{objection.phone.invalid}") @Pattern(
								regexp = "\\s*(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})\\s*",
								groups = OrganisationObjector.class,
								message = "{objection.phone.invalid}") String phone,
		@NotBlank(groups = OrganisationObjector.class, message = "{objection.organisation.required}") @Size(max = 100,
				groups = OrganisationObjector.class, message = "{objection.organisation.tooLong}") String organisation,
		String orgCreditCode,
		@NotBlank(groups = OrganisationObjector.class, message = "{objection.contactPerson.required}") @Size(max = 50,
				groups = OrganisationObjector.class,
				message = "{objection.contactPerson.tooLong}") String contactPerson,
		@Size(max = 5000, message = "{objection.content.tooLong}") String content,
		@AssertTrue(message = "{objection.consent.required}") boolean consent,
		@AssertTrue(groups = PersonObjector.class,
				message = "{objection.sensitiveConsent.required}") boolean sensitiveConsent) {

	/** Constraints for an objection in a person's own name. */
	public interface PersonObjector {

	}

	/** Constraints for an objection in an organisation's name. */
	public interface OrganisationObjector {

	}

	Objection.ObjectorKind kind() {
		return "ORGANISATION".equals(this.objectorKind) ? Objection.ObjectorKind.ORGANISATION
				: "PERSON".equals(this.objectorKind) ? Objection.ObjectorKind.PERSON : null;
	}

}
