package cn.gov.cq.jianping.rubric;

/**
 * One 否定评判项: a finding that caps the evaluation result at 基本合格 or 不合格 whatever the score.
 *
 * @param code veto code, e.g. {@code A-V03}
 * @param text the veto wording
 */
public record VetoDefinition(String code, String text) {

	public VetoDefinition {
		Checks.code(code, "veto");
		Checks.text(text, "text of veto " + code);
	}

}
