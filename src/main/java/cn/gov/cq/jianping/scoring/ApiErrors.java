package cn.gov.cq.jianping.scoring;

import java.util.List;

import cn.gov.cq.jianping.scoring.model.InputError;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The 400 body of the public scoring APIs: {@code {"errors":[{"field","message"}]}},
 * messages in Chinese.
 */
record ApiErrors(List<FieldError> errors) {

	/** One error: the field at fault and why. */
	record FieldError(String field, String message) {

		static FieldError of(InputError error) {
			return new FieldError(error.field(), error.message());
		}

	}

	static ResponseEntity<ApiErrors> badRequest(List<FieldError> errors) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(new ApiErrors(errors));
	}

	static ResponseEntity<ApiErrors> badRequest(String field, String message) {
		return badRequest(List.of(new FieldError(field, message)));
	}

}
