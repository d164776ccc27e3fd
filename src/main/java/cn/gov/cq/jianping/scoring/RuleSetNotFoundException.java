package cn.gov.cq.jianping.scoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No rule set with this id.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RuleSetNotFoundException extends RuntimeException {

	public RuleSetNotFoundException(long id) {
		super("未找到评分细则（编号 " + id + "）");
	}

}
