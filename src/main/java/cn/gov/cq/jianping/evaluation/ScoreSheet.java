package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

/**
 * A sheet of scores for a case: per criterion (self, expert, panel) or per item
 * (district), with notes and vetoes. Submitted sheets are read-only.
 */
@Entity
@Table(name = "score_sheet")
class ScoreSheet {

	enum Status {

		DRAFT("草稿"), SUBMITTED("已提交");

		final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false)
	private long caseId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SheetKind kind;

	@Column(nullable = false)
	private String author;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.DRAFT;

	private BigDecimal total;

	@Enumerated(EnumType.STRING)
	private Grade grade;

	@Column(columnDefinition = "text")
	private String opinion;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "sheet_entry", joinColumns = @JoinColumn(name = "sheet_id"))
	@MapKeyColumn(name = "code")
	private Map<String, Entry> entries = new LinkedHashMap<>();

	@ElementCollection
	@CollectionTable(name = "sheet_veto", joinColumns = @JoinColumn(name = "sheet_id"))
	@MapKeyColumn(name = "code")
	private Map<String, Veto> vetoes = new LinkedHashMap<>();

	@Version
	private long version;

	/** One criterion's (or item's) input and note. */
	@Embeddable
	static class Entry {

		private BigDecimal value;

		private Boolean met;

		private Integer count;

		private BigDecimal numerator;

		private BigDecimal denominator;

		@Column(columnDefinition = "text")
		private String note;

		protected Entry() {
		}

		Entry(CriterionInput input, String note) {
			this.value = input.value();
			this.met = input.met();
			this.count = input.count();
			this.numerator = input.numerator();
			this.denominator = input.denominator();
			this.note = note;
		}

		CriterionInput input() {
			return new CriterionInput(this.value, this.met, this.count, this.numerator, this.denominator);
		}

		String note() {
			return this.note;
		}

		boolean isEmpty() {
			return this.value == null && this.met == null && this.count == null && this.numerator == null
					&& this.denominator == null && (this.note == null || this.note.isBlank());
		}

	}

	/** A veto declared (by the institution) or found (by the panel). */
	@Embeddable
	static class Veto {

		@Enumerated(EnumType.STRING)
		private VetoSeverity severity;

		@Column(nullable = false, columnDefinition = "text")
		private String reason;

		protected Veto() {
		}

		Veto(VetoSeverity severity, String reason) {
			this.severity = severity;
			this.reason = reason;
		}

		VetoSeverity severity() {
			return this.severity;
		}

		String reason() {
			return this.reason;
		}

	}

	protected ScoreSheet() {
	}

	ScoreSheet(long caseId, SheetKind kind, String author, Instant now) {
		this.caseId = caseId;
		this.kind = kind;
		this.author = author;
		this.updatedAt = now;
	}

	void replace(Map<String, Entry> newEntries, Map<String, Veto> newVetoes, String newOpinion, BigDecimal newTotal,
			Grade newGrade, Instant now) {
		requireDraft();
		this.entries.clear();
		newEntries.forEach((code, entry) -> {
			if (!entry.isEmpty()) {
				this.entries.put(code, entry);
			}
		});
		this.vetoes.clear();
		this.vetoes.putAll(newVetoes);
		this.opinion = newOpinion;
		this.total = newTotal;
		this.grade = newGrade;
		this.updatedAt = now;
	}

	void submit(Instant now) {
		requireDraft();
		this.status = Status.SUBMITTED;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** A returned self-assessment becomes editable again for the resubmission. */
	void reopen(Instant now) {
		this.status = Status.DRAFT;
		this.submittedAt = null;
		this.updatedAt = now;
	}

	void requireDraft() {
		if (this.status != Status.DRAFT) {
			throw new IllegalTransitionException(this.kind.label() + "已提交，不能再修改");
		}
	}

	boolean isSubmitted() {
		return this.status == Status.SUBMITTED;
	}

	Long getId() {
		return this.id;
	}

	long getCaseId() {
		return this.caseId;
	}

	SheetKind getKind() {
		return this.kind;
	}

	String getAuthor() {
		return this.author;
	}

	Status getStatus() {
		return this.status;
	}

	BigDecimal getTotal() {
		return this.total;
	}

	Grade getGrade() {
		return this.grade;
	}

	String getOpinion() {
		return this.opinion;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Map<String, Entry> getEntries() {
		return this.entries;
	}

	Map<String, Veto> getVetoes() {
		return this.vetoes;
	}

	long getVersion() {
		return this.version;
	}

}
