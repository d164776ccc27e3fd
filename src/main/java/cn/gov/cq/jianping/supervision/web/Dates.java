package cn.gov.cq.jianping.supervision.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.validation.Errors;

/**
 * Dates typed into supervision forms, kept as typed and checked into the form's errors.
 */
final class Dates {

	private Dates() {
	}

	/**
	 * The date in {@code text}, or empty with an error on {@code field}:
	 * {@code missingKey} when nothing was typed, {@code supervision.date.invalid} when it
	 * is not a date.
	 */
	static Optional<LocalDate> parse(String text, String field, String missingKey, Errors errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, missingKey);
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.trim()));
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "supervision.date.invalid");
			return Optional.empty();
		}
	}

}
