package cn.gov.cq.jianping.scoring.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ceiling that the strictest 否定评判项 puts on the grade 第七条 gives for the total.
 *
 * <p>
 * The annexes say a veto “评估结果直接确定为‘基本合格’或‘不合格’”. Read literally, a BASIC veto would lift
 * a 不合格 score to 基本合格; the engine instead treats the veto as a ceiling, because a finding
 * of misconduct must never improve a result.
 *
 * @param decisive the strictest finding (the first one in input order among equally
 * strict findings)
 * @param findings all findings, in input order
 */
public record VetoCap(VetoFinding decisive, List<VetoFinding> findings) {

	public VetoCap {
		Objects.requireNonNull(decisive, "decisive finding must not be null");
		findings = List.copyOf(findings);
	}

	/**
	 * Returns the cap of the strictest finding, or empty when there are no findings.
	 */
	public static Optional<VetoCap> strictest(List<VetoFinding> findings) {
		VetoFinding decisive = null;
		for (VetoFinding finding : findings) {
			if (decisive == null || finding.severity().cap().isLowerThan(decisive.severity().cap())) {
				decisive = finding;
			}
		}
		return (decisive != null) ? Optional.of(new VetoCap(decisive, findings)) : Optional.empty();
	}

	/**
	 * Returns the highest grade still possible.
	 */
	public Grade cap() {
		return this.decisive.severity().cap();
	}

	/**
	 * Returns the final grade for the given 第七条 grade: the lower of the two.
	 */
	public Grade applyTo(Grade bandGrade) {
		return Grade.lower(bandGrade, cap());
	}

	/**
	 * Returns the Chinese explanation of how the findings affect the grade 第七条 gives.
	 */
	public String reason(Grade bandGrade) {
		StringBuilder line = new StringBuilder(96);
		if (this.findings.size() == 1) {
			line.append("存在否定评判项 ").append(describe(this.decisive));
		}
		else {
			line.append("存在 ").append(this.findings.size()).append(" 项否定评判项：");
			for (int i = 0; i < this.findings.size(); i++) {
				if (i > 0) {
					line.append('、');
				}
				line.append(describe(this.findings.get(i)));
			}
			line.append("，以最严重的 ").append(this.decisive.code()).append(" 为准");
		}
		Grade finalGrade = applyTo(bandGrade);
		if (finalGrade.isLowerThan(bandGrade)) {
			line.append("，评估结果直接确定为“")
				.append(cap().label())
				.append("”，低于按分数评定的“")
				.append(bandGrade.label())
				.append("”。");
		}
		else {
			line.append("，按第七条分数评定的“")
				.append(bandGrade.label())
				.append("”不高于“")
				.append(cap().label())
				.append("”，否定评判项不提高评估结果，仍为“")
				.append(finalGrade.label())
				.append("”。");
		}
		return line.toString();
	}

	private static String describe(VetoFinding finding) {
		return finding.code() + "（情节认定为“" + finding.severity().label() + "”）";
	}

}
