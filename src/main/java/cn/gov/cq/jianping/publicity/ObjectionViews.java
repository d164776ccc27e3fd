package cn.gov.cq.jianping.publicity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.cq.jianping.notification.Notifications;
import cn.gov.cq.jianping.publicity.model.Masks;

import org.springframework.stereotype.Component;

/**
 * How objections are shown: to the bureau masked unless revealed, to the objector as a
 * status that only the receipt number together with the phone number given opens.
 */
@Component
class ObjectionViews {

	/** Shown for a value that no configured key opens. */
	static final String UNREADABLE = "无法解密";

	private final PersonalDataCipher cipher;

	private final ObjectionEvidence evidence;

	private final PublicityEntryRepository entries;

	private final Notifications notifications;

	ObjectionViews(PersonalDataCipher cipher, ObjectionEvidence evidence, PublicityEntryRepository entries,
			Notifications notifications) {
		this.cipher = cipher;
		this.evidence = evidence;
		this.entries = entries;
		this.notifications = notifications;
	}

	PersonalDataCipher cipher() {
		return this.cipher;
	}

	/**
	 * Masked views of a list of objections; the evidence of all of them is read in one
	 * query.
	 */
	List<ObjectionView> masked(List<Objection> objections) {
		Map<Long, List<String>> files = this.evidence.describe(objections.stream().map(Objection::getId).toList());
		return objections.stream().map(o -> view(o, false, files.getOrDefault(o.getId(), List.of()))).toList();
	}

	ObjectionView full(Objection objection) {
		return view(objection, true,
				this.evidence.describe(List.of(objection.getId())).getOrDefault(objection.getId(), List.of()));
	}

	/** The status, when the phone number matches the one given with the objection. */
	Optional<ObjectionStatus> status(Objection o, String phone) {
		if (o.getPhoneEncrypted() == null
				|| !this.cipher.tryDecrypt(o.getPhoneEncrypted()).map(phone.trim()::equals).orElse(false)) {
			return Optional.empty();
		}
		return Optional.of(new ObjectionStatus(o.getReceiptNumber(),
				this.entries.findById(o.getEntryId()).map(PublicityEntry::getInstitutionName).orElse(""),
				o.getSubmittedAt(), o.getStatus().label(), o.getStatus() != Objection.Status.SUBMITTED,
				o.getConclusion(), o.getReply(), o.getDecidedAt(),
				this.notifications.sentAbout(ObjectorInforming.REFERENCE_TYPE, o.getReceiptNumber())));
	}

	private ObjectionView view(Objection o, boolean full, List<String> evidence) {
		boolean erased = o.getPersonalDataErasedAt() != null;
		String id = erased ? null : readable(o.getIdNumberEncrypted());
		String phone = erased ? null : readable(o.getPhoneEncrypted());
		return new ObjectionView(o.getId(), o.getEntryId(), o.getReceiptNumber(), o.getObjectorKind().label(),
				full || o.getObjectorName() == null ? o.getObjectorName() : Masks.name(o.getObjectorName()),
				id == null ? null : (full || UNREADABLE.equals(id) ? id : Masks.idNumber(id)),
				phone == null ? null : (full || UNREADABLE.equals(phone) ? phone : Masks.phone(phone)),
				o.getOrganisation(), o.getOrgCreditCode(),
				full || o.getContactPerson() == null ? o.getContactPerson() : Masks.name(o.getContactPerson()),
				o.getContent(), o.getSubmittedAt(), o.getStatus().label(), o.getStatus() != Objection.Status.SUBMITTED,
				o.getVerification(), o.getVerifiedBy(), o.getConclusion(), o.getReply(), o.getDecidedBy(),
				o.getDecidedAt(), erased, o.getVersion(), evidence);
	}

	/**
	 * One row the key of this node cannot open (written with a key not configured here)
	 * is shown as 无法解密 and logged by the cipher, instead of failing the whole list.
	 */
	private String readable(String stored) {
		return stored == null ? null : this.cipher.tryDecrypt(stored).orElse(UNREADABLE);
	}

}
