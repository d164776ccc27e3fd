package cn.gov.cq.jianping.publicity;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.document.DocumentType;
import cn.gov.cq.jianping.evaluation.EvaluationCases;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.publicity.model.IdNumber;
import cn.gov.cq.jianping.publicity.model.Masks;
import cn.gov.cq.jianping.shared.CreditCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评估异议 and 复核 (第十二条, 第十三条): real-name written objections while the period runs, the
 * bureau's re-review, and the answer to the objector. Personal data is encrypted, masked in lists,
 * shown whole only to the bureau with a record of each view, and erased after the retention period.
 */
@Service
public class Objections {

	private static final String RECEIPT_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("^1[3-9]\\d{9}$");

	private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern
		.compile("^(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})$");

	private final ObjectionRepository objections;

	private final PublicityEntryRepository entries;

	private final PublicityRepository publicities;

	private final PersonalDataCipher cipher;

	private final EvaluationCases cases;

	private final Confirmations confirmations;

	private final AuditLog auditLog;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int retentionDays;

	private final SecureRandom random = new SecureRandom();

	Objections(ObjectionRepository objections, PublicityEntryRepository entries, PublicityRepository publicities,
			PersonalDataCipher cipher, EvaluationCases cases, Confirmations confirmations, AuditLog auditLog,
			JdbcTemplate jdbc, Clock clock, @Value("${jianping.objection.retention-days:1095}") int retentionDays) {
		this.objections = objections;
		this.entries = entries;
		this.publicities = publicities;
		this.cipher = cipher;
		this.cases = cases;
		this.confirmations = confirmations;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	/** What the public form carries. */
	public record ObjectionForm(Long entryId, String objectorKind, String name, String idNumber, String phone,
			String organisation, String orgCreditCode, String contactPerson, String content, boolean consent,
			boolean sensitiveConsent) {
	}

	/** An uploaded evidence file. */
	public record Upload(String fileName, byte[] content) {
	}

	/** One problem with one field of the form. */
	public record FieldProblem(String field, String message) {
	}

	/** The form was refused; every problem is listed. */
	public static class ObjectionRejectedException extends RuntimeException {

		private final List<FieldProblem> problems;

		public ObjectionRejectedException(List<FieldProblem> problems) {
			super(problems.get(0).message());
			this.problems = List.copyOf(problems);
		}

		public List<FieldProblem> problems() {
			return this.problems;
		}

	}

	/** What the objector sees with the receipt number. */
	public record StatusView(String receiptNumber, String institutionName, Instant submittedAt, String status,
			boolean decided, String conclusion, String reply, Instant decidedAt) {
	}

	/** An objection as the bureau lists it: personal data masked unless revealed. */
	public record ObjectionView(long id, long entryId, String receiptNumber, String objectorKind, String name,
			String idNumber, String phone, String organisation, String orgCreditCode, String contactPerson,
			String content, Instant submittedAt, String status, boolean decided, String verification,
			String verifiedBy, String conclusion, String reply, String decidedBy, Instant decidedAt,
			boolean personalDataErased, long version, List<String> evidence) {
	}

	/**
	 * Checks the form as {@link #file} would, without saving anything: the public form uses it to
	 * report every problem at once, together with its own (the image challenge).
	 */
	@Transactional(readOnly = true)
	public List<FieldProblem> check(ObjectionForm form, List<Upload> uploads) {
		try {
			validated(form, uploads, this.clock.instant());
			return List.of();
		}
		catch (ObjectionRejectedException ex) {
			return ex.problems();
		}
	}

	@Transactional
	public String file(ObjectionForm form, List<Upload> uploads) {
		Instant now = this.clock.instant();
		Validated v = validated(form, uploads, now);
		PublicityEntry entry = v.entry();
		String receipt = newReceiptNumber(now);
		Objection objection = v.kind() == Objection.ObjectorKind.PERSON
				? new Objection(entry.getId(), receipt, v.kind(), v.name(), this.cipher.encrypt(v.idNumber()),
						this.cipher.encrypt(v.phone()), null, null, null, v.content(), now)
				: new Objection(entry.getId(), receipt, v.kind(), null, null, this.cipher.encrypt(v.phone()),
						v.organisation(), v.orgCode(), v.contact(), v.content(), now);
		objection = this.objections.save(objection);
		for (UploadChecked file : v.files()) {
			this.jdbc.update(
					"insert into objection_evidence (objection_id, file_name, content_type, size_bytes, sha256, content) values (?, ?, ?, ?, ?, ?)",
					objection.getId(), safeName(file.upload().fileName()), file.contentType(), file.upload().content().length,
					sha256(file.upload().content()), file.upload().content());
		}
		this.cases.recordOnTimeline(entry.getCaseId(), "公众", "收到评估异议", "回执号 " + receipt);
		return receipt;
	}

	private record Validated(PublicityEntry entry, Objection.ObjectorKind kind, String name, String idNumber,
			String phone, String organisation, String orgCode, String contact, String content,
			List<UploadChecked> files) {
	}

	private Validated validated(ObjectionForm form, List<Upload> uploads, Instant now) {
		List<FieldProblem> problems = new ArrayList<>();
		PublicityEntry entry = form.entryId() == null ? null : this.entries.findById(form.entryId()).orElse(null);
		if (entry == null) {
			throw new ObjectionRejectedException(List.of(new FieldProblem("entryId", "请选择公示中的机构")));
		}
		Publicity publicity = this.publicities.findById(entry.getPublicityId()).orElseThrow();
		if (entry.getStatus() != PublicityEntry.Status.UNDER_NOTICE || !publicity.period().isOpenAt(now)) {
			throw new ObjectionRejectedException(List.of(new FieldProblem("entryId",
					publicity.period().hasEndedAt(now) ? "该机构的公示期已于 " + publicity.period().lastDay() + " 23:59:59 结束，不能再提出异议"
							: "该机构当前不在公示期内，不能提出异议")));
		}
		Objection.ObjectorKind kind = "ORGANISATION".equals(form.objectorKind()) ? Objection.ObjectorKind.ORGANISATION
				: "PERSON".equals(form.objectorKind()) ? Objection.ObjectorKind.PERSON : null;
		if (kind == null) {
			problems.add(new FieldProblem("objectorKind", "请选择以个人还是单位名义提出异议"));
		}
		String content = trim(form.content());
		if (content == null || content.length() < 10) {
			problems.add(new FieldProblem("content", "请书面写明异议内容（不少于 10 个字）"));
		}
		else if (content.length() > 5000) {
			problems.add(new FieldProblem("content", "异议内容不能超过 5000 字"));
		}
		String phone = trim(form.phone());
		String name = trim(form.name());
		String idNumber = form.idNumber() == null ? null : form.idNumber().trim().toUpperCase();
		String organisation = trim(form.organisation());
		String orgCode = form.orgCreditCode() == null ? null : CreditCode.normalise(form.orgCreditCode());
		String contact = trim(form.contactPerson());
		if (kind == Objection.ObjectorKind.PERSON) {
			if (name == null) {
				problems.add(new FieldProblem("name", "请填写真实姓名"));
			}
			IdNumber.problemWith(idNumber).ifPresent(m -> problems.add(new FieldProblem("idNumber", m)));
			if (phone == null || !MOBILE.matcher(phone).matches()) {
				problems.add(new FieldProblem("phone", "请填写 11 位手机号码"));
			}
		}
		else if (kind == Objection.ObjectorKind.ORGANISATION) {
			if (organisation == null) {
				problems.add(new FieldProblem("organisation", "请填写单位名称"));
			}
			CreditCode.problemWith(orgCode).ifPresent(m -> problems.add(new FieldProblem("orgCreditCode", m)));
			if (contact == null) {
				problems.add(new FieldProblem("contactPerson", "请填写联系人"));
			}
			if (phone == null || !PHONE.matcher(phone).matches()) {
				problems.add(new FieldProblem("phone", "请填写联系电话（手机号或带区号的固定电话）"));
			}
		}
		if (!form.consent()) {
			problems.add(new FieldProblem("consent", "请阅读并同意个人信息处理说明"));
		}
		if (kind == Objection.ObjectorKind.PERSON && !form.sensitiveConsent()) {
			problems.add(new FieldProblem("sensitiveConsent", "身份证号码、手机号码属于敏感个人信息，须单独同意后方可提交"));
		}
		List<UploadChecked> files = new ArrayList<>();
		for (Upload upload : uploads) {
			if (upload.content() == null || upload.content().length == 0) {
				continue;
			}
			Optional<DocumentType> type = DocumentType.detect(upload.fileName(), upload.content());
			if (upload.content().length > DocumentType.MAX_BYTES) {
				problems.add(new FieldProblem("files", "文件“" + upload.fileName() + "”超过 10 MB"));
			}
			else if (type.isEmpty()) {
				problems.add(new FieldProblem("files", "文件“" + upload.fileName() + "”不是 PDF、JPG、PNG、DOCX 或 XLSX，或内容与扩展名不符"));
			}
			else {
				files.add(new UploadChecked(upload, type.get().contentType()));
			}
		}
		if (uploads.stream().filter(u -> u.content() != null && u.content().length > 0).count() > 5) {
			problems.add(new FieldProblem("files", "佐证材料最多 5 个文件"));
		}
		if (!problems.isEmpty()) {
			throw new ObjectionRejectedException(problems);
		}
		return new Validated(entry, kind, name, idNumber, phone, organisation, orgCode, contact, content, files);
	}

	private record UploadChecked(Upload upload, String contentType) {
	}

	/** The objector checks status and answer with the receipt number and the phone number given. */
	@Transactional(readOnly = true)
	public Optional<StatusView> status(String receiptNumber, String phone) {
		if (receiptNumber == null || phone == null) {
			return Optional.empty();
		}
		return this.objections.findByReceiptNumber(receiptNumber.trim().toUpperCase())
			.filter(o -> o.getPhoneEncrypted() != null && phone.trim().equals(this.cipher.decrypt(o.getPhoneEncrypted())))
			.map(o -> new StatusView(o.getReceiptNumber(),
					this.entries.findById(o.getEntryId()).map(PublicityEntry::getInstitutionName).orElse(""),
					o.getSubmittedAt(), o.getStatus().label(), o.getStatus() != Objection.Status.SUBMITTED,
					o.getConclusion(), o.getReply(), o.getDecidedAt()));
	}

	@Transactional(readOnly = true)
	public List<ObjectionView> ofEntry(CurrentUser user, long entryId) {
		requireBureau(user);
		return this.objections.findByEntryIdOrderByIdAsc(entryId).stream().map(o -> toView(o, false)).toList();
	}

	@Transactional(readOnly = true)
	public List<ObjectionView> pending(CurrentUser user) {
		requireBureau(user);
		return this.objections.findByStatusOrderByIdAsc(Objection.Status.SUBMITTED)
			.stream()
			.map(o -> toView(o, false))
			.toList();
	}

	/** The full personal data, for the bureau only; every view is recorded. */
	@Transactional
	public ObjectionView reveal(CurrentUser user, long objectionId) {
		requireBureau(user);
		Objection objection = find(objectionId);
		this.auditLog.record(user.getUsername(), "查看异议人完整个人信息", "OBJECTION", objectionId,
				"回执号 " + objection.getReceiptNumber());
		return toView(objection, true);
	}

	/** 第十三条: the bureau's re-review; an upheld objection sends the case back for re-evaluation. */
	@Transactional
	public void decide(CurrentUser user, long objectionId, Long version, String verification, String verifiedBy,
			Boolean upheld, String conclusion, String reply) {
		requireBureau(user);
		Objection objection = find(objectionId);
		if (version != null && version != objection.getVersion()) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Objection.class, objectionId);
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (trim(verification) == null) {
			problems.add(new FieldProblem("verification", "请记录核查情况"));
		}
		if (trim(verifiedBy) == null) {
			problems.add(new FieldProblem("verifiedBy", "请填写核查人"));
		}
		if (upheld == null) {
			problems.add(new FieldProblem("upheld", "请选择复核结论：成立或不成立"));
		}
		if (trim(conclusion) == null) {
			problems.add(new FieldProblem("conclusion", "请写明结论理由"));
		}
		if (trim(reply) == null) {
			problems.add(new FieldProblem("reply", "请填写答复异议人的内容"));
		}
		if (!problems.isEmpty()) {
			throw new ObjectionRejectedException(problems);
		}
		objection.decide(upheld, trim(verification), trim(verifiedBy), trim(conclusion), trim(reply),
				user.getUsername(), this.clock.instant());
		PublicityEntry entry = this.entries.findById(objection.getEntryId()).orElseThrow();
		this.auditLog.record(user.getUsername(), upheld ? "异议复核：成立" : "异议复核：不成立", "OBJECTION", objectionId,
				trim(conclusion));
		this.cases.recordOnTimeline(entry.getCaseId(), user.getUsername(), upheld ? "异议复核：成立" : "异议复核：不成立",
				"回执号 " + objection.getReceiptNumber() + "：" + trim(conclusion));
		if (upheld) {
			if (entry.getStatus() == PublicityEntry.Status.UNDER_NOTICE) {
				entry.withdraw();
				this.cases.reopenAfterUpheldObjection(user, entry.getCaseId(), trim(conclusion));
			}
		}
		else {
			this.confirmations.confirmIfDue(entry, this.clock.instant());
		}
	}

	/** Erases the personal data of objections decided longer ago than the retention period. */
	@Transactional
	public int erasePersonalDataPastRetention() {
		Instant limit = this.clock.instant().minus(Duration.ofDays(this.retentionDays));
		List<Objection> old = this.objections.findByPersonalDataErasedAtIsNullAndDecidedAtBefore(limit);
		old.forEach(o -> o.erasePersonalData(this.clock.instant()));
		return old.size();
	}

	/** The reply letter as the objector may download it. */
	@Transactional(readOnly = true)
	public Optional<byte[]> replyLetter(String receiptNumber, String phone) {
		return status(receiptNumber, phone).filter(StatusView::decided).map(ReplyLetter::pdf);
	}

	private ObjectionView toView(Objection o, boolean full) {
		boolean erased = o.getPersonalDataErasedAt() != null;
		String id = erased ? null : this.cipher.decrypt(o.getIdNumberEncrypted());
		String phone = erased ? null : this.cipher.decrypt(o.getPhoneEncrypted());
		List<String> evidence = this.jdbc.queryForList(
				"select file_name || '（' || size_bytes || ' 字节，SHA-256 ' || left(sha256, 12) || '…）' from objection_evidence where objection_id = ? order by id",
				String.class, o.getId());
		return new ObjectionView(o.getId(), o.getEntryId(), o.getReceiptNumber(), o.getObjectorKind().label(),
				full || o.getObjectorName() == null ? o.getObjectorName() : Masks.name(o.getObjectorName()),
				id == null ? null : (full ? id : Masks.idNumber(id)), phone == null ? null : (full ? phone : Masks.phone(phone)),
				o.getOrganisation(), o.getOrgCreditCode(),
				full || o.getContactPerson() == null ? o.getContactPerson() : Masks.name(o.getContactPerson()),
				o.getContent(), o.getSubmittedAt(), o.getStatus().label(), o.getStatus() != Objection.Status.SUBMITTED,
				o.getVerification(), o.getVerifiedBy(), o.getConclusion(), o.getReply(), o.getDecidedBy(),
				o.getDecidedAt(), erased, o.getVersion(), evidence);
	}

	private Objection find(long id) {
		return this.objections.findById(id).orElseThrow(() -> new PublicityNotFoundException("未找到异议"));
	}

	private String newReceiptNumber(Instant now) {
		String day = DateTimeFormatter.ofPattern("yyyyMMdd").format(now.atZone(java.time.ZoneId.of("Asia/Shanghai")));
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

	private static void requireBureau(CurrentUser user) {
		if (!user.hasRole(Role.BUREAU)) {
			throw new AccessDeniedException("只有市人力社保局可以处理异议");
		}
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static String safeName(String name) {
		String safe = (name == null ? "file" : name).replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		return safe.length() > 200 ? safe.substring(safe.length() - 200) : safe;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
