package cn.gov.cq.jianping.system;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With the database away, every page answers at once (after the pool's few-second
 * connection timeout) with 503 系统维护中，请稍后再试, never 系统出错 and never 用户名或密码错误 on login;
 * nothing is kept, so the next request after the database returns is served normally. It
 * runs before the session filter, since the sessions live in the database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String MESSAGE = "系统维护中，请稍后再试";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
			+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + MESSAGE
			+ "</title><link rel=\"stylesheet\" href=\"/css/jianping.css\"></head><body><main class=\"container py-5\">"
			+ "<h1>" + MESSAGE + "</h1><p>数据库暂时无法连接，您的数据不会丢失。请几分钟后刷新本页。</p>"
			+ "<p><a href=\"/\">返回首页</a></p></main></body></html>")
		.getBytes(StandardCharsets.UTF_8);

	private final DataSource dataSource;

	/**
	 * Web slices have no database: then there is nothing to watch and every request
	 * passes.
	 */
	DatabaseUnavailableFilter(ObjectProvider<DataSource> dataSource) {
		this.dataSource = dataSource.getIfAvailable();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return this.dataSource == null || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/webjars/") || path.startsWith("/images/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// A failed login with the database away would read 用户名或密码错误: ask the pool
		// first (a pooled connection, microseconds when the database is there).
		if ("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI()) && !databaseAnswers()) {
			unavailable(request, response, null);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			// A connection cut in use surfaces as many things (a failed rollback,
			// "connection
			// is closed"): whatever failed, ask the pool whether the database is there.
			if (response.isCommitted() || !isConnectionFailure(ex) && databaseAnswers()) {
				throw ex;
			}
			unavailable(request, response, ex);
		}
	}

	private boolean databaseAnswers() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/** Whether the failure is the database not answering, anywhere in the cause chain. */
	static boolean isConnectionFailure(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException
					|| t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException
					|| t instanceof ConnectException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response, Exception cause)
			throws IOException {
		log.warn("数据库不可用，{} {} 答复 503：{}", request.getMethod(), request.getRequestURI(),
				cause == null ? "连接失败" : cause.getMessage());
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setHeader("Cache-Control", "no-store");
		String accept = request.getHeader("Accept");
		if (request.getRequestURI().startsWith("/api/") || accept != null && accept.startsWith("application/json")) {
			response.setContentType("application/json;charset=UTF-8");
			response.getOutputStream()
				.write(("{\"status\":503,\"error\":\"" + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8));
			return;
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(PAGE);
	}

}
