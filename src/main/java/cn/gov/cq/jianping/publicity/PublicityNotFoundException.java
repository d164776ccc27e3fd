package cn.gov.cq.jianping.publicity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such publicity entry, objection or institution in the public lookup.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PublicityNotFoundException extends RuntimeException {

	public PublicityNotFoundException(String message) {
		super(message);
	}

}
