package cn.gov.cq.jianping.evaluation.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the formatting helpers into every model of the case pages.
 */
@ControllerAdvice(basePackageClasses = CasePagesAdvice.class)
class CasePagesAdvice {

	private static final Formats FORMATS = new Formats();

	@ModelAttribute("fmt")
	Formats formats() {
		return FORMATS;
	}

}
