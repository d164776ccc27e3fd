package cn.gov.cq.jianping.renewal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such application in the user's scope: answered 404, so other institutions' and
 * districts' applications are not even confirmed to exist.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RenewalNotFoundException extends RuntimeException {

	public RenewalNotFoundException(String message) {
		super(message);
	}

}
