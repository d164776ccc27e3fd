package cn.gov.cq.jianping.scoring.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when score inputs are invalid; carries every error found, not only the first.
 */
public class InvalidInputException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final transient List<InputError> errors;

	/**
	 * Creates the exception from a non-empty list of errors.
	 */
	public InvalidInputException(List<InputError> errors) {
		super(errors.stream().map(InputError::message).collect(Collectors.joining("；")));
		this.errors = List.copyOf(errors);
	}

	/**
	 * Returns the errors in the order they were found.
	 */
	public List<InputError> errors() {
		return this.errors;
	}

}
