package cn.gov.cq.jianping.publicity.web;

/**
 * A client sent more than the public forms allow in the window: answered with HTTP 429.
 */
class TooManyRequestsException extends RuntimeException {

	TooManyRequestsException() {
		super("提交过于频繁，请稍后再试");
	}

}
