package cn.gov.cq.jianping.system.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, by wrapping the {@link DataSource}:
 * every statement prepared or created on a connection counts once (a JDBC batch is one
 * statement). Registered by the statement-count tests and by the {@code bench} profile,
 * so a page's statements can be compared at two data sizes. Not for production: the count
 * is global.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENTS = Set.of("prepareStatement", "prepareCall", "createStatement");

	private final AtomicLong statements = new AtomicLong();

	private final ThreadLocal<long[]> onThread = ThreadLocal.withInitial(() -> new long[1]);

	/** Statements sent since the application started, on every thread. */
	public long count() {
		return this.statements.get();
	}

	/**
	 * Statements sent by the calling thread: what a MockMvc request costs, without the
	 * background jobs (session clean-up, outbox, health checks) that run meanwhile.
	 */
	public long countOnThisThread() {
		return this.onThread.get()[0];
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
			return proxy(DataSource.class, dataSource, (target, method, args) -> {
				Object result = invoke(target, method, args);
				return result instanceof Connection connection ? proxy(Connection.class, connection, this::onConnection)
						: result;
			});
		}
		return bean;
	}

	private Object onConnection(Object target, Method method, Object[] args) throws Throwable {
		if (STATEMENTS.contains(method.getName())) {
			this.statements.incrementAndGet();
			this.onThread.get()[0]++;
		}
		return invoke(target, method, args);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	@FunctionalInterface
	private interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, invocation));
	}

}
