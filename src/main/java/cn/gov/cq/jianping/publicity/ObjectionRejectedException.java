package cn.gov.cq.jianping.publicity;

import java.util.List;

/**
 * An objection form refused; every problem is listed.
 */
public class ObjectionRejectedException extends RuntimeException {

	private final List<FieldProblem> problems;

	public ObjectionRejectedException(List<FieldProblem> problems) {
		super(problems.get(0).message());
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
