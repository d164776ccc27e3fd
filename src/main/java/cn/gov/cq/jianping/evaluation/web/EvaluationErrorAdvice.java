package cn.gov.cq.jianping.evaluation.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import cn.gov.cq.jianping.evaluation.SheetRejectedException;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.InputRefusedException;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place where the evaluation pages turn a refused step into the Chinese message
 * and the redirect back to the page: to the {@link RefusalTarget} the handler declared,
 * else where the user came from. Cases outside the user's scope stay 404
 * ({@code CaseNotFoundException}).
 */
@ControllerAdvice(basePackageClasses = EvaluationErrorAdvice.class)
class EvaluationErrorAdvice {

	@ExceptionHandler(IllegalTransitionException.class)
	String refused(IllegalTransitionException ex, HttpServletRequest request) {
		return back(request, ex.getMessage());
	}

	@ExceptionHandler(InputRefusedException.class)
	String refused(InputRefusedException ex, HttpServletRequest request) {
		return back(request, ex.getMessage());
	}

	@ExceptionHandler(SheetRejectedException.class)
	String rejected(SheetRejectedException ex, HttpServletRequest request) {
		return back(request, ex.getMessage());
	}

	private static String back(HttpServletRequest request, String reason) {
		RefusalTarget target = (RefusalTarget) request.getAttribute(RefusalTarget.ATTRIBUTE);
		if (target == null) {
			target = RefusalTarget.to(referer(request));
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("error", target.message(reason));
		flash.putAll(target.flash());
		return "redirect:" + target.redirect();
	}

	/** The page the user came from, if it is ours; the workbench otherwise. */
	private static String referer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
				return "/";
			}
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
			return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

}
