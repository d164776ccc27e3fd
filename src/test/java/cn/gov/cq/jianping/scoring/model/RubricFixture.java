package cn.gov.cq.jianping.scoring.model;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.rubric.RubricJson;

/**
 * Loads the two real rubrics (copied from /work/shared/reference/rubrics) from the test
 * classpath, plus ready-made rule sets and sheets for tests and benchmarks.
 */
public final class RubricFixture {

	private static final RubricDefinition APPRAISAL = load("/rubrics/appraisal.json");

	private static final RubricDefinition LEVEL = load("/rubrics/level.json");

	private RubricFixture() {
	}

	/** 附件1, version 1. */
	public static RubricDefinition appraisal() {
		return APPRAISAL;
	}

	/** 附件2, version 1. */
	public static RubricDefinition level() {
		return LEVEL;
	}

	/** The rubric with the given code. */
	public static RubricDefinition rubric(RubricCode code) {
		return (code == RubricCode.APPRAISAL) ? APPRAISAL : LEVEL;
	}

	/** Loads one shipped rubric resource as version 1, with the app's own loader. */
	public static RubricDefinition load(String resource) {
		return RubricJson.load(resource, 1);
	}

	/**
	 * A sheet awarding every criterion of the default rule set its full points.
	 */
	public static Sheet fullMarks(RuleSet defaultRuleSet) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		for (CriterionRule rule : defaultRuleSet.rules()) {
			inputs.put(rule.criterionCode(), fullInput(rule));
		}
		return new Sheet(inputs);
	}

	/**
	 * The input that earns a rule its full points.
	 */
	public static CriterionInput fullInput(CriterionRule rule) {
		return switch (rule.type()) {
			case ALL_OR_NOTHING -> CriterionInput.met(true);
			case SCALE -> CriterionInput.value(rule.points());
			case DEDUCTION_PER_OCCURRENCE, NO_VERIFIED_RECORDS -> CriterionInput.count(0);
			case RATIO_AT_MOST -> CriterionInput.ratio(0, 10);
			case COMPLETION_RATIO -> CriterionInput.ratio(10, 10);
		};
	}

	/**
	 * A detailed LEVEL rule set mixing every rule type, derived from the default set with
	 * unchanged points, so it still validates.
	 */
	public static RuleSet detailedLevelRuleSet() {
		RuleSet rules = RuleSet.defaultFor(LEVEL).withName("等级评价机构细化评分规则");
		// 岗位设置 ①：配齐岗位 → 全有或全无
		rules = convert(rules, "L-01-1", RuleType.ALL_OR_NOTHING, RuleParameters.NONE);
		// 安全管理 ②：安全检查记录缺失按次扣分
		rules = convert(rules, "L-02-2", RuleType.DEDUCTION_PER_OCCURRENCE,
				RuleParameters.deduction(new BigDecimal("0.5")));
		// 评价计划：回退计划不超过 10%
		rules = convert(rules, "L-06-1", RuleType.RATIO_AT_MOST, RuleParameters.threshold(new BigDecimal("0.10")));
		rules = convert(rules, "L-06-2", RuleType.COMPLETION_RATIO, RuleParameters.NONE);
		rules = convert(rules, "L-12-1", RuleType.SCALE, RuleParameters.step(new BigDecimal("0.25")));
		rules = convert(rules, "L-12-2", RuleType.DEDUCTION_PER_OCCURRENCE, RuleParameters.deduction(BigDecimal.ONE));
		rules = convert(rules, "L-12-3", RuleType.COMPLETION_RATIO, RuleParameters.NONE);
		rules = convert(rules, "L-14-1", RuleType.ALL_OR_NOTHING, RuleParameters.NONE);
		rules = convert(rules, "L-16-1", RuleType.NO_VERIFIED_RECORDS, RuleParameters.NONE);
		rules = convert(rules, "L-17-1", RuleType.RATIO_AT_MOST, RuleParameters.threshold(new BigDecimal("0.05")));
		rules = convert(rules, "L-18-1", RuleType.NO_VERIFIED_RECORDS, RuleParameters.NONE);
		rules = convert(rules, "L-21-1", RuleType.ALL_OR_NOTHING, RuleParameters.NONE);
		rules = convert(rules, "L-22-1", RuleType.COMPLETION_RATIO, RuleParameters.NONE);
		rules = convert(rules, "L-23-1", RuleType.SCALE, RuleParameters.step(new BigDecimal("0.1")));
		return rules;
	}

	/**
	 * A full, varied sheet for {@link #detailedLevelRuleSet()}: most criteria at full
	 * points, some partial.
	 */
	public static Sheet detailedLevelSheet(RuleSet detailed) {
		Map<String, CriterionInput> inputs = new LinkedHashMap<>();
		int i = 0;
		for (CriterionRule rule : detailed.rules()) {
			CriterionInput input = switch (rule.type()) {
				case ALL_OR_NOTHING -> CriterionInput.met(i % 3 != 0);
				case SCALE -> CriterionInput
					.value((i % 4 == 0) ? rule.points().subtract(rule.parameters().effectiveStep()).max(BigDecimal.ZERO)
							: rule.points());
				case DEDUCTION_PER_OCCURRENCE -> CriterionInput.count(i % 3);
				case NO_VERIFIED_RECORDS -> CriterionInput.count(i % 2);
				case RATIO_AT_MOST -> CriterionInput.ratio(1, 12);
				case COMPLETION_RATIO -> CriterionInput.ratio(7, 9);
			};
			inputs.put(rule.criterionCode(), input);
			i++;
		}
		return new Sheet(inputs);
	}

	private static RuleSet convert(RuleSet rules, String code, RuleType type, RuleParameters parameters) {
		CriterionRule rule = rules.rule(code);
		if (rule == null) {
			throw new IllegalArgumentException("no rule for " + code);
		}
		return rules.withRule(rule.withType(type, parameters));
	}

}
