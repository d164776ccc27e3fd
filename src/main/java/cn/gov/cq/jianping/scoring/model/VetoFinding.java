package cn.gov.cq.jianping.scoring.model;

import java.util.Objects;

/**
 * A 否定评判项 the assessors found, with their severity judgement and (optionally) their
 * reason.
 *
 * @param code the veto code of the rubric, e.g. {@code A-V03}
 * @param severity the severity the assessors assigned
 * @param reason the assessors' reason, or {@code null} (e.g. in a preview)
 */
public record VetoFinding(String code, VetoSeverity severity, String reason) {

	public VetoFinding {
		Objects.requireNonNull(code, "veto code must not be null");
		Objects.requireNonNull(severity, "veto severity must not be null");
	}

	/**
	 * Creates a finding without a reason.
	 */
	public static VetoFinding of(String code, VetoSeverity severity) {
		return new VetoFinding(code, severity, null);
	}

}
