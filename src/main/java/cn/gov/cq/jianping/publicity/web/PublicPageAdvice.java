package cn.gov.cq.jianping.publicity.web;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Over the limit of the public forms: a page in Chinese with HTTP 429.
 */
@ControllerAdvice(assignableTypes = { PublicObjectionController.class, PublicLookupController.class,
		PublicAnnouncementController.class })
class PublicPageAdvice {

	@ExceptionHandler(TooManyRequestsException.class)
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String tooMany(Model model) {
		return PublicObjectionController.message(model, "提交过于频繁，请稍后再试",
				"为防止滥用，同一网络地址在 10 分钟内的提交次数有上限。请稍后再试；本次填写的内容未保存。");
	}

}
