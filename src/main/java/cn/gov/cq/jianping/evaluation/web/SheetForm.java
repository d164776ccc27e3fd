package cn.gov.cq.jianping.evaluation.web;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import cn.gov.cq.jianping.evaluation.CaseViews;
import cn.gov.cq.jianping.evaluation.SheetInput;
import cn.gov.cq.jianping.scoring.model.CriterionInput;
import cn.gov.cq.jianping.scoring.model.InputError;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;

/**
 * A score sheet form as the user typed it. Fields are named {@code c[CODE].value},
 * {@code .met}, {@code .count}, {@code .numerator}, {@code .denominator}, {@code .note}
 * (CODE a criterion, or an item for the district),
 * {@code veto[CODE].declared|severity|reason}, {@code consensus[CODE]}, {@code opinion}
 * and {@code version}. Every text is kept as typed, so a page re-rendered after an error
 * loses nothing; problems are keyed by criterion (or item) code.
 */
final class SheetForm {

	static final List<String> FIELDS = List.of("value", "met", "count", "numerator", "denominator", "note");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,9}(\\.\\d{1,6})?");

	private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

	private final Map<String, String> raw = new LinkedHashMap<>();

	private final Map<String, String> errors = new LinkedHashMap<>();

	private final Map<String, CriterionInput> inputs = new LinkedHashMap<>();

	private final Map<String, String> notes = new LinkedHashMap<>();

	private final Map<String, SheetInput.VetoInput> vetoes = new LinkedHashMap<>();

	private final Map<String, BigDecimal> consensus = new LinkedHashMap<>();

	private String opinion;

	private Long version;

	private SheetForm() {
	}

	static SheetForm empty() {
		return new SheetForm();
	}

	/** The form of a stored sheet, as the user last saved it. */
	static SheetForm of(CaseViews.SheetView sheet) {
		SheetForm form = new SheetForm();
		if (sheet == null) {
			return form;
		}
		sheet.entries().forEach((code, entry) -> {
			CriterionInput input = entry.input();
			if (input != null) {
				form.put(code, "value", plain(input.value()));
				form.put(code, "met", input.met() == null ? null : input.met().toString());
				form.put(code, "count", input.count() == null ? null : input.count().toString());
				form.put(code, "numerator", plain(input.numerator()));
				form.put(code, "denominator", plain(input.denominator()));
				if (!(input.value() == null && input.met() == null && input.count() == null && input.numerator() == null
						&& input.denominator() == null)) {
					form.inputs.put(code, input);
				}
			}
			if (entry.note() != null) {
				form.put(code, "note", entry.note());
				form.notes.put(code, entry.note());
			}
		});
		for (CaseViews.VetoView veto : sheet.vetoes()) {
			form.raw.put(vetoField(veto.code(), "declared"), "true");
			form.raw.put(vetoField(veto.code(), "severity"), veto.severity() == null ? "" : veto.severity().name());
			form.raw.put(vetoField(veto.code(), "reason"), veto.reason() == null ? "" : veto.reason());
			form.vetoes.put(veto.code(), new SheetInput.VetoInput(veto.severity(), veto.reason()));
		}
		form.opinion = sheet.opinion();
		form.raw.put("opinion", sheet.opinion() == null ? "" : sheet.opinion());
		form.version = sheet.version();
		return form;
	}

	/**
	 * Reads the posted fields of the given criterion (or item) codes and vetoes; anything
	 * that is not a number where one is needed becomes an error on its code, the text
	 * itself is kept.
	 */
	static SheetForm parse(SheetParams params, Collection<String> codes, Collection<String> vetoCodes) {
		SheetForm form = new SheetForm();
		for (String code : codes) {
			SheetParams.CriterionFields typed = params.criterion(code);
			for (String field : FIELDS) {
				form.put(code, field, typed.field(field));
			}
			BigDecimal value = form.decimal(code, "value", "得分");
			Boolean met = switch (form.v(code, "met")) {
				case "true" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				default -> null;
			};
			Integer count = form.integer(code, "count", "次数");
			BigDecimal numerator = form.decimal(code, "numerator", "分子");
			BigDecimal denominator = form.decimal(code, "denominator", "分母");
			if (!(value == null && met == null && count == null && numerator == null && denominator == null)) {
				form.inputs.put(code, new CriterionInput(value, met, count, numerator, denominator));
			}
			String note = form.v(code, "note").trim();
			if (!note.isEmpty()) {
				form.notes.put(code, note);
			}
			String consensusText = params.getConsensus().get(code);
			if (consensusText != null) {
				form.raw.put("consensus[" + code + "]", consensusText);
				BigDecimal agreed = form.number(code, consensusText, "合议分");
				if (agreed != null) {
					form.consensus.put(code, agreed);
				}
			}
		}
		for (String code : vetoCodes) {
			SheetParams.VetoFields typed = params.vetoOf(code);
			String declared = typed.getDeclared();
			String severity = typed.getSeverity();
			String reason = typed.getReason();
			form.raw.put(vetoField(code, "severity"), severity == null ? "" : severity);
			form.raw.put(vetoField(code, "reason"), reason == null ? "" : reason);
			if ("true".equals(declared) || "on".equals(declared)) {
				form.raw.put(vetoField(code, "declared"), "true");
				VetoSeverity parsed = null;
				if (severity != null && !severity.isBlank()) {
					try {
						parsed = VetoSeverity.valueOf(severity.trim());
					}
					catch (IllegalArgumentException ex) {
						form.addError(code, "请选择严重程度");
					}
				}
				form.vetoes.put(code, new SheetInput.VetoInput(parsed, reason == null ? null : reason.trim()));
			}
		}
		form.opinion = params.getOpinion();
		form.raw.put("opinion", form.opinion == null ? "" : form.opinion);
		String versionText = params.getVersion();
		if (versionText != null && INTEGER.matcher(versionText.trim()).matches()) {
			form.version = Long.valueOf(versionText.trim());
		}
		return form;
	}

	static String field(String code, String field) {
		return "c[" + code + "]." + field;
	}

	static String vetoField(String code, String field) {
		return "veto[" + code + "]." + field;
	}

	// ---------------------------------------------------------------- for the templates

	/** The text of one field as typed (or stored), never null. */
	public String v(String code, String field) {
		String value = this.raw.get(field(code, field));
		return value == null ? "" : value;
	}

	public String veto(String code, String field) {
		String value = this.raw.get(vetoField(code, field));
		return value == null ? "" : value;
	}

	public boolean declared(String code) {
		return "true".equals(this.raw.get(vetoField(code, "declared")));
	}

	public String consensusText(String code) {
		String value = this.raw.get("consensus[" + code + "]");
		return value == null ? "" : value;
	}

	public String error(String code) {
		return this.errors.get(code);
	}

	public Map<String, String> errors() {
		return this.errors;
	}

	public boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	public String opinionText() {
		return this.opinion == null ? "" : this.opinion;
	}

	public Long version() {
		return this.version;
	}

	// ---------------------------------------------------------------- for the
	// controllers

	SheetInput input() {
		return new SheetInput(this.inputs, this.notes, this.vetoes, this.opinion, this.version);
	}

	/**
	 * The input without the criteria whose text could not be read, for a preview of the
	 * rest.
	 */
	SheetInput readableInput() {
		Map<String, CriterionInput> readable = new LinkedHashMap<>(this.inputs);
		readable.keySet().removeAll(this.errors.keySet());
		return new SheetInput(readable, this.notes, this.vetoes, this.opinion, this.version);
	}

	Map<String, SheetInput.VetoInput> vetoes() {
		return this.vetoes;
	}

	Map<String, BigDecimal> consensus() {
		return this.consensus;
	}

	String opinion() {
		return this.opinion;
	}

	/** Errors the service found, placed beside their criterion or item. */
	void reject(List<InputError> found) {
		for (InputError error : found) {
			String field = error.field() == null ? "" : error.field();
			for (String prefix : List.of("items.", "consensus.")) {
				if (field.startsWith(prefix)) {
					field = field.substring(prefix.length());
				}
			}
			addError(field, error.message());
		}
	}

	void addError(String code, String message) {
		this.errors.merge(code, message, (a, b) -> a.contains(b) ? a : a + "；" + b);
	}

	private void put(String code, String field, String value) {
		if (value != null) {
			this.raw.put(field(code, field), value);
		}
	}

	private BigDecimal decimal(String code, String field, String label) {
		return number(code, v(code, field), label);
	}

	private BigDecimal number(String code, String text, String label) {
		String trimmed = text.trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (!DECIMAL.matcher(trimmed).matches()) {
			addError(code, label + "“" + trimmed + "”不是有效的数字");
			return null;
		}
		return new BigDecimal(trimmed);
	}

	private Integer integer(String code, String field, String label) {
		String trimmed = v(code, field).trim();
		if (trimmed.isEmpty()) {
			return null;
		}
		if (!INTEGER.matcher(trimmed).matches()) {
			addError(code, label + "“" + trimmed + "”须为整数");
			return null;
		}
		return Integer.valueOf(trimmed);
	}

	private static String plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
	}

}
