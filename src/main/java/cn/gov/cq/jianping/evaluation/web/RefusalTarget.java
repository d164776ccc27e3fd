package cn.gov.cq.jianping.evaluation.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where a page wants its user sent back when a step is refused, and what to keep: the
 * handler declares it before taking the step, {@link EvaluationErrorAdvice} reads it.
 * Without one, the advice sends the user back to the page they came from.
 *
 * @param redirect the path to go back to
 * @param prefix put before the reason (e.g. “上传失败：”)
 * @param suffix put after the reason
 * @param flash further flash attributes (the input to keep, the row to mark)
 */
record RefusalTarget(String redirect, String prefix, String suffix, Map<String, Object> flash) {

	static final String ATTRIBUTE = RefusalTarget.class.getName();

	static RefusalTarget to(String redirect) {
		return new RefusalTarget(redirect, "", "", Map.of());
	}

	RefusalTarget prefixed(String text) {
		return new RefusalTarget(this.redirect, text, this.suffix, this.flash);
	}

	RefusalTarget suffixed(String text) {
		return new RefusalTarget(this.redirect, this.prefix, text, this.flash);
	}

	RefusalTarget keeping(String name, Object value) {
		Map<String, Object> more = new LinkedHashMap<>(this.flash);
		more.put(name, value);
		return new RefusalTarget(this.redirect, this.prefix, this.suffix, more);
	}

	/** Declares this target for the current request. */
	void declare() {
		RequestContextHolder.currentRequestAttributes().setAttribute(ATTRIBUTE, this, RequestAttributes.SCOPE_REQUEST);
	}

	String message(String reason) {
		return this.prefix + reason + this.suffix;
	}

}
