package cn.gov.cq.jianping.publicity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Validator;

import cn.gov.cq.jianping.document.DocumentType;
import cn.gov.cq.jianping.shared.CreditCode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Everything an objection must satisfy before it is filed: the entry is under publicity
 * at this second (第十二条), the form holds (Bean Validation and {@link ObjectorValidator}),
 * and at most five evidence files of an accepted type and size.
 */
@Component
class ObjectionChecks {

	static final int MAX_FILES = 5;

	private final PublicityEntryRepository entries;

	private final PublicityRepository publicities;

	private final SpringValidatorAdapter beanValidator;

	private final ObjectorValidator objectorValidator;

	private final MessageSource messages;

	ObjectionChecks(PublicityEntryRepository entries, PublicityRepository publicities, Validator validator,
			MessageSource messages) {
		this.entries = entries;
		this.publicities = publicities;
		this.beanValidator = new SpringValidatorAdapter(validator);
		this.objectorValidator = new ObjectorValidator(this.beanValidator);
		this.messages = messages;
	}

	/**
	 * A form that passed, normalised, with the entry it is about and its files' content
	 * types.
	 */
	record Checked(PublicityEntry entry, Objection.ObjectorKind kind, String name, String idNumber, String phone,
			String organisation, String orgCode, String contact, String content, List<CheckedFile> files) {
	}

	record CheckedFile(ObjectionUpload upload, String contentType) {
	}

	/** The form as filed at {@code now}, or the refusal listing every problem. */
	Checked check(ObjectionForm form, List<ObjectionUpload> uploads, Instant now) {
		PublicityEntry entry = openEntry(form.entryId(), now);
		List<FieldProblem> problems = new ArrayList<>(formProblems(form));
		List<CheckedFile> files = new ArrayList<>();
		List<ObjectionUpload> given = uploads.stream().filter(u -> !u.isEmpty()).toList();
		for (ObjectionUpload upload : given) {
			Optional<DocumentType> type = DocumentType.detect(upload.fileName(), upload.content());
			if (upload.content().length > DocumentType.MAX_BYTES) {
				problems.add(new FieldProblem("files", "文件“" + upload.fileName() + "”超过 10 MB"));
			}
			else if (type.isEmpty()) {
				problems.add(
						new FieldProblem("files", "文件“" + upload.fileName() + "”不是 PDF、JPG、PNG、DOCX 或 XLSX，或内容与扩展名不符"));
			}
			else {
				files.add(new CheckedFile(upload, type.get().contentType()));
			}
		}
		if (given.size() > MAX_FILES) {
			problems.add(new FieldProblem("files", "佐证材料最多 " + MAX_FILES + " 个文件"));
		}
		if (!problems.isEmpty()) {
			throw new ObjectionRejectedException(problems);
		}
		return new Checked(entry, form.kind(), trim(form.name()),
				form.idNumber() == null ? null : form.idNumber().trim().toUpperCase(), trim(form.phone()),
				trim(form.organisation()), CreditCode.normalise(form.orgCreditCode()), trim(form.contactPerson()),
				trim(form.content()), files);
	}

	private PublicityEntry openEntry(Long entryId, Instant now) {
		PublicityEntry entry = entryId == null ? null : this.entries.findById(entryId).orElse(null);
		if (entry == null) {
			throw new ObjectionRejectedException(List.of(new FieldProblem(FieldProblem.ENTRY, "请选择公示中的机构")));
		}
		Publicity publicity = this.publicities.findById(entry.getPublicityId()).orElseThrow();
		if (entry.getStatus() != PublicityEntry.Status.UNDER_NOTICE || !publicity.period().isOpenAt(now)) {
			throw new ObjectionRejectedException(List.of(new FieldProblem(FieldProblem.ENTRY,
					publicity.period().hasEndedAt(now)
							? "该机构的公示期已于 " + publicity.period().lastDay() + " 23:59:59 结束，不能再提出异议"
							: "该机构当前不在公示期内，不能提出异议")));
		}
		return entry;
	}

	private List<FieldProblem> formProblems(ObjectionForm form) {
		DirectFieldBindingResult errors = new DirectFieldBindingResult(form, "form");
		this.beanValidator.validate(form, errors);
		this.objectorValidator.validate(form, errors);
		List<FieldProblem> problems = new ArrayList<>();
		for (FieldError error : errors.getFieldErrors()) {
			problems
				.add(new FieldProblem(error.getField(), this.messages.getMessage(error, Locale.SIMPLIFIED_CHINESE)));
		}
		return problems;
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
