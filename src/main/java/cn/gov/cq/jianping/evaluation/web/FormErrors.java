package cn.gov.cq.jianping.evaluation.web;

import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;

/**
 * The messages of a rejected form, for the flash error shown above the form it came from.
 */
final class FormErrors {

	private FormErrors() {
	}

	static String of(BindingResult result) {
		return result.getFieldErrors()
			.stream()
			.map(DefaultMessageSourceResolvable::getDefaultMessage)
			.distinct()
			.collect(Collectors.joining("；"));
	}

}
