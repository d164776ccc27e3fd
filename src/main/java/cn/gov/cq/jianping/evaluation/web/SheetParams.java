package cn.gov.cq.jianping.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The posted fields of a score sheet, bound by Spring's data binder from
 * {@code c[CODE].value|met|
 * count|numerator|denominator|note}, {@code veto[CODE].declared|severity|reason},
 * {@code consensus[CODE]}, {@code opinion} and {@code version}. Every value stays text,
 * so nothing the user typed is lost to a type mismatch; {@link SheetForm} reads and
 * checks it.
 */
public class SheetParams {

	private Map<String, CriterionFields> c = new LinkedHashMap<>();

	private Map<String, VetoFields> veto = new LinkedHashMap<>();

	private Map<String, String> consensus = new LinkedHashMap<>();

	/** 组长合议: the reason of each consensus score outside the experts' range. */
	private Map<String, String> reasons = new LinkedHashMap<>();

	private String opinion;

	private String version;

	public Map<String, CriterionFields> getC() {
		return this.c;
	}

	public void setC(Map<String, CriterionFields> c) {
		this.c = c;
	}

	public Map<String, VetoFields> getVeto() {
		return this.veto;
	}

	public void setVeto(Map<String, VetoFields> veto) {
		this.veto = veto;
	}

	public Map<String, String> getConsensus() {
		return this.consensus;
	}

	public void setConsensus(Map<String, String> consensus) {
		this.consensus = consensus;
	}

	public Map<String, String> getReasons() {
		return this.reasons;
	}

	public void setReasons(Map<String, String> reasons) {
		this.reasons = reasons;
	}

	/** The reasons given, trimmed, blank ones left out. */
	Map<String, String> givenReasons() {
		Map<String, String> given = new LinkedHashMap<>();
		this.reasons.forEach((code, reason) -> {
			if (reason != null && !reason.isBlank()) {
				given.put(code, reason.trim());
			}
		});
		return given;
	}

	public String getOpinion() {
		return this.opinion;
	}

	public void setOpinion(String opinion) {
		this.opinion = opinion;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	CriterionFields criterion(String code) {
		CriterionFields fields = this.c.get(code);
		return fields == null ? new CriterionFields() : fields;
	}

	VetoFields vetoOf(String code) {
		VetoFields fields = this.veto.get(code);
		return fields == null ? new VetoFields() : fields;
	}

	/** One criterion (or district item) as typed. */
	public static class CriterionFields {

		private String value;

		private String met;

		private String count;

		private String numerator;

		private String denominator;

		private String note;

		public String getValue() {
			return this.value;
		}

		public void setValue(String value) {
			this.value = value;
		}

		public String getMet() {
			return this.met;
		}

		public void setMet(String met) {
			this.met = met;
		}

		public String getCount() {
			return this.count;
		}

		public void setCount(String count) {
			this.count = count;
		}

		public String getNumerator() {
			return this.numerator;
		}

		public void setNumerator(String numerator) {
			this.numerator = numerator;
		}

		public String getDenominator() {
			return this.denominator;
		}

		public void setDenominator(String denominator) {
			this.denominator = denominator;
		}

		public String getNote() {
			return this.note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		String field(String name) {
			return switch (name) {
				case "value" -> this.value;
				case "met" -> this.met;
				case "count" -> this.count;
				case "numerator" -> this.numerator;
				case "denominator" -> this.denominator;
				case "note" -> this.note;
				default -> throw new IllegalArgumentException(name);
			};
		}

	}

	/** One veto item as declared. */
	public static class VetoFields {

		private String declared;

		private String severity;

		private String reason;

		public String getDeclared() {
			return this.declared;
		}

		public void setDeclared(String declared) {
			this.declared = declared;
		}

		public String getSeverity() {
			return this.severity;
		}

		public void setSeverity(String severity) {
			this.severity = severity;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
