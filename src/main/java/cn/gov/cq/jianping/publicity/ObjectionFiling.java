package cn.gov.cq.jianping.publicity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.evaluation.CaseTimeline;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评估异议 for the public (第十二条): a written, real-name objection with evidence while the
 * period runs, a receipt number, and the objector's view of status and answer. ID and
 * phone numbers are stored encrypted.
 */
@Service
public class ObjectionFiling {

	private static final String RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final DateTimeFormatter RECEIPT_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final ObjectionChecks checks;

	private final ObjectionRepository objections;

	private final ObjectionEvidence evidence;

	private final ObjectionViews views;

	private final CaseTimeline cases;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ObjectionFiling(ObjectionChecks checks, ObjectionRepository objections, ObjectionEvidence evidence,
			ObjectionViews views, CaseTimeline cases, Clock clock) {
		this.checks = checks;
		this.objections = objections;
		this.evidence = evidence;
		this.views = views;
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * Checks the form as {@link #file} would, without saving anything: the public form
	 * uses it to report every problem at once, together with its own (the image
	 * challenge).
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(ObjectionForm form, List<ObjectionUpload> uploads) {
		try {
			this.checks.check(form, uploads, this.clock.instant());
			return List.of();
		}
		catch (ObjectionRejectedException ex) {
			return ex.problems();
		}
	}

	/**
	 * Files the objection and answers its receipt number; refused with every problem
	 * listed.
	 */
	@Transactional
	public String file(ObjectionForm form, List<ObjectionUpload> uploads) {
		Instant now = this.clock.instant();
		ObjectionChecks.Checked v = this.checks.check(form, uploads, now);
		PublicityEntry entry = v.entry();
		// The confirmation job takes the same row lock: if it confirmed the entry first,
		// the objection comes too late and is refused like any after the period.
		if (!PublicityEntry.Status.UNDER_NOTICE.name().equals(this.objections.lockEntryStatus(entry.getId()))) {
			throw new ObjectionRejectedException(
					List.of(new FieldProblem(FieldProblem.ENTRY, "该机构的公示期已结束，等级已确定，不能再提出异议")));
		}
		String receipt = newReceiptNumber(now);
		PersonalDataCipher cipher = this.views.cipher();
		Objection objection = v.kind() == Objection.ObjectorKind.PERSON
				? new Objection(entry.getId(), receipt, v.kind(), v.name(), cipher.encrypt(v.idNumber()),
						cipher.encrypt(v.phone()), null, null, null, v.content(), now)
				: new Objection(entry.getId(), receipt, v.kind(), null, null, cipher.encrypt(v.phone()),
						v.organisation(), v.orgCode(), v.contact(), v.content(), now);
		objection = this.objections.save(objection);
		this.evidence.store(objection.getId(), v.files());
		this.cases.recordOnTimeline(entry.getCaseId(), "公众", "收到评估异议", "回执号 " + receipt);
		return receipt;
	}

	/**
	 * The objector checks status and answer with the receipt number and the phone number
	 * given.
	 */
	@Transactional(readOnly = true)
	public Optional<ObjectionStatus> status(String receiptNumber, String phone) {
		if (receiptNumber == null || phone == null) {
			return Optional.empty();
		}
		return this.objections.findByReceiptNumber(receiptNumber.trim().toUpperCase())
			.flatMap(o -> this.views.status(o, phone));
	}

	/** The reply letter as the objector may download it. */
	@Transactional(readOnly = true)
	public Optional<byte[]> replyLetter(String receiptNumber, String phone) {
		return status(receiptNumber, phone).filter(ObjectionStatus::decided).map(ReplyLetter::pdf);
	}

	private String newReceiptNumber(Instant now) {
		String day = RECEIPT_DAY.format(now.atZone(this.clock.getZone()));
		String receipt;
		do {
			StringBuilder suffix = new StringBuilder();
			for (int i = 0; i < 8; i++) {
				suffix.append(RECEIPT_ALPHABET.charAt(this.random.nextInt(RECEIPT_ALPHABET.length())));
			}
			receipt = "YY" + day + suffix;
		}
		while (this.objections.existsByReceiptNumber(receipt));
		return receipt;
	}

}
