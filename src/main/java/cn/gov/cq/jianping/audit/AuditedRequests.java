package cn.gov.cq.jianping.audit;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records, in one place, every download of staff data (each {@code .xlsx}, {@code .csv},
 * {@code .pdf} and the case list's export and print) and every view of a page that shows
 * personal data (an institution's contact name and phone), whoever's controller serves
 * it: a new export is audited without touching this class. Runs after the security chain
 * (it is an ordinary filter bean), so a refused request never gets here; public pages and
 * the public API are not staff data and are not recorded.
 */
@Component
class AuditedRequests extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AuditedRequests.class);

	/**
	 * One kind of request that is recorded: its path and the action it is recorded as.
	 */
	record Rule(Pattern path, String action, String targetType) {
	}

	static final List<Rule> RULES = List.of(new Rule(Pattern.compile("/audit/export\\.xlsx"), "导出审计记录", "AUDIT"),
			new Rule(Pattern.compile("/audit/logins/export\\.xlsx"), "导出登录记录", "AUDIT"),
			new Rule(Pattern.compile("/institutions/\\d+"), "查看个人信息", "INSTITUTION"),
			new Rule(Pattern.compile("/cases/export|/cases/print"), "导出数据", "EXPORT"),
			new Rule(Pattern.compile("/evidence/\\d+"), "下载佐证材料", "EVIDENCE"),
			new Rule(Pattern.compile(".+\\.(xlsx|csv|pdf)"), "导出数据", "EXPORT"));

	private final AuditLog auditLog;

	private final TransactionTemplate transaction;

	AuditedRequests(AuditLog auditLog, PlatformTransactionManager transactions) {
		this.auditLog = auditLog;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The rule a request falls under, if any. */
	static Optional<Rule> ruleFor(String method, String path) {
		if (!"GET".equals(method) || path.startsWith("/public/") || path.startsWith("/api/v1/public/")) {
			return Optional.empty();
		}
		return RULES.stream().filter(rule -> rule.path().matcher(path).matches()).findFirst();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Optional<Rule> rule = ruleFor(request.getMethod(), path);
		chain.doFilter(request, response);
		if (rule.isEmpty() || response.getStatus() >= 400) {
			return;
		}
		AuditLog.Actor actor = AuditLog.Actor.current();
		if (AuditLog.SYSTEM.equals(actor.name())) {
			return;
		}
		String query = request.getQueryString();
		String detail = path + (query == null ? "" : "?" + query);
		String targetId = rule.get().targetType().equals("EXPORT") || rule.get().targetType().equals("AUDIT") ? null
				: path.substring(path.lastIndexOf('/') + 1);
		try {
			this.transaction.executeWithoutResult(
					status -> this.auditLog.record(actor, rule.get().action(), rule.get().targetType(), targetId,
							detail.length() > 2000 ? detail.substring(0, 2000) : detail, AuditLog.Result.SUCCESS));
		}
		catch (RuntimeException ex) {
			log.error("未能记录审计：{} {}", rule.get().action(), detail, ex);
		}
	}

}
