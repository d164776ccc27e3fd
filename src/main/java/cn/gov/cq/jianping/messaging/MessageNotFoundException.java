package cn.gov.cq.jianping.messaging;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A message that does not exist or belongs to someone else: answered as not found. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MessageNotFoundException extends RuntimeException {

	public MessageNotFoundException() {
		super("消息不存在");
	}

}
