package cn.gov.cq.jianping.institution;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such institution, or none the user may see: both answer 404 so scope does not leak
 * existence.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class InstitutionNotFoundException extends RuntimeException {

	public InstitutionNotFoundException(long id) {
		super("未找到机构（编号 " + id + "），或您无权查看");
	}

}
