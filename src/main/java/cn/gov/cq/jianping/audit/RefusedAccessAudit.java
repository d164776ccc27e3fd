package cn.gov.cq.jianping.audit;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records every request a signed-in user was refused (a page or action outside their role
 * or scope, a form with an invalid CSRF token) as a failed 越权访问 in the audit trail, then
 * answers 403 with the Chinese error page as before. 等保 counts refused access among the
 * security events to audit. Anonymous visitors are sent to the login page before this
 * point and are not recorded here.
 */
@Component
public class RefusedAccessAudit implements AccessDeniedHandler {

	static final String ACTION = "越权访问被拒绝";

	private static final Logger log = LoggerFactory.getLogger(RefusedAccessAudit.class);

	private final AuditLog auditLog;

	private final TransactionTemplate transaction;

	private final AccessDeniedHandler answer = new AccessDeniedHandlerImpl();

	RefusedAccessAudit(AuditLog auditLog, PlatformTransactionManager transactions) {
		this.auditLog = auditLog;
		this.transaction = new TransactionTemplate(transactions);
		// its own transaction: the refused work may have rolled back
		this.transaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
			throws IOException, ServletException {
		AuditLog.Actor actor = AuditLog.Actor.current();
		if (!AuditLog.SYSTEM.equals(actor.name())) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			String reason = refused instanceof CsrfException ? "表单令牌无效或已过期" : "无权访问";
			String detail = request.getMethod() + " " + (path.length() > 500 ? path.substring(0, 500) : path) + "："
					+ reason;
			try {
				this.transaction.executeWithoutResult(status -> this.auditLog.record(actor, ACTION, "REQUEST", null,
						detail, AuditLog.Result.FAILURE));
			}
			catch (RuntimeException ex) {
				log.error("未能记录审计：{} {}", ACTION, detail, ex);
			}
		}
		this.answer.handle(request, response, refused);
	}

}
