package cn.gov.cq.jianping.evaluation;

import java.util.List;

import cn.gov.cq.jianping.scoring.model.InputError;

/**
 * A sheet with inputs its rules cannot take; every error names its criterion or item.
 */
public class SheetRejectedException extends RuntimeException {

	private final List<InputError> errors;

	public SheetRejectedException(List<InputError> errors) {
		super(errors.isEmpty() ? "评分表有误" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<InputError> errors() {
		return this.errors;
	}

}
