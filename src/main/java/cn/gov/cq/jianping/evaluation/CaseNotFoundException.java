package cn.gov.cq.jianping.evaluation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such case, or none the user may see: both answer 404 so that scope does not leak
 * existence.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException(String message) {
		super(message);
	}

}
