package cn.gov.cq.jianping.supervision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Not found, or outside the user's scope: both answer 404.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SupervisionNotFoundException extends RuntimeException {

	public SupervisionNotFoundException(String message) {
		super(message);
	}

}
