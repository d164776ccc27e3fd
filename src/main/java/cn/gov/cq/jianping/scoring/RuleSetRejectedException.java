package cn.gov.cq.jianping.scoring;

import java.util.List;

import cn.gov.cq.jianping.scoring.model.RuleSetProblem;

/**
 * A rule set change refused, with every problem in Chinese.
 */
public class RuleSetRejectedException extends RuntimeException {

	private final List<RuleSetProblem> problems;

	public RuleSetRejectedException(List<RuleSetProblem> problems) {
		super(problems.isEmpty() ? "评分细则未保存" : problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public RuleSetRejectedException(String message) {
		this(List.of(new RuleSetProblem(null, null, message)));
	}

	public List<RuleSetProblem> problems() {
		return this.problems;
	}

}
