package cn.gov.cq.jianping.scoring.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when scoring is attempted with a rule set that {@link RuleSet#validate()} finds
 * problems in.
 */
public class InvalidRuleSetException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<RuleSetProblem> problems;

	/**
	 * Creates the exception for the named rule set.
	 */
	public InvalidRuleSetException(String ruleSetName, List<RuleSetProblem> problems) {
		super("评分规则“" + ruleSetName + "”存在问题："
				+ problems.stream().map(RuleSetProblem::message).collect(Collectors.joining("；")));
		this.problems = List.copyOf(problems);
	}

	/**
	 * Returns the problems found.
	 */
	public List<RuleSetProblem> problems() {
		return this.problems;
	}

}
