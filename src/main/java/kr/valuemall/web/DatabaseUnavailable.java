package kr.valuemall.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * PostgreSQL cannot be reached (stopped, restarting, the pool's wait for a connection ran
 * out): the visitor gets the 503 page in the page's language, within the pool's few
 * seconds of waiting, and the log one line instead of a stack trace. The advice answers
 * for controllers; the filter, placed before the session and security filters, for what
 * fails before a controller runs (loading the session, the signed-in account).
 */
@ControllerAdvice
class DatabaseUnavailable {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseUnavailable.class);

	/**
	 * Whether the request on this thread has found the database out of reach: its further
	 * attempts (the session saved at its end, its error page) then fail at once instead
	 * of waiting the pool's seconds again. Empty outside requests.
	 */
	private static final ThreadLocal<boolean[]> FAILED_IN_THIS_REQUEST = new ThreadLocal<>();

	/** Set on a request that found the database out of reach, for its error page. */
	static final String UNAVAILABLE = DatabaseUnavailable.class.getName() + ".UNAVAILABLE";

	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	void unavailable(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		answer(ex, request, response);
	}

	/**
	 * Whether the failure is the database being out of reach, rather than a defect: a
	 * connection that could not be had or was lost (SQL state class 08, or 57 for a
	 * server shutting down).
	 */
	static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private static void answer(Throwable failure, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		logger.warn("The database is unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
				failure.toString());
		request.setAttribute(UNAVAILABLE, Boolean.TRUE);
		markFailed();
		if (!response.isCommitted()) {
			response.setHeader("Retry-After", "30");
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}

	/**
	 * The same answer for a failure in a filter, before any controller. The 503 page that
	 * follows is then rendered without the visitor's session, whose loading would wait
	 * for the database once more and fail the page itself.
	 */
	static class Filter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return false;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getDispatcherType() == DispatcherType.ERROR) {
				if (request.getAttribute(UNAVAILABLE) == null) {
					chain.doFilter(request, response);
					return;
				}
				FAILED_IN_THIS_REQUEST.set(new boolean[] { true });
				try {
					chain.doFilter(new WithoutSession(request), response);
				}
				finally {
					FAILED_IN_THIS_REQUEST.remove();
				}
				return;
			}
			FAILED_IN_THIS_REQUEST.set(new boolean[1]);
			try {
				chain.doFilter(request, response);
			}
			catch (ServletException | RuntimeException ex) {
				if (!isCause(ex)) {
					throw ex;
				}
				answer(ex, request, response);
			}
			finally {
				FAILED_IN_THIS_REQUEST.remove();
			}
		}

	}

	private static void markFailed() {
		boolean[] failed = FAILED_IN_THIS_REQUEST.get();
		if (failed != null) {
			failed[0] = true;
		}
	}

	/**
	 * The application's connection pool, failing at once for a request that has already
	 * waited for it in vain (see {@link #FAILED_IN_THIS_REQUEST}); everything else, and
	 * every other request, goes to the pool as usual.
	 */
	static final class FailFastDataSource extends DelegatingDataSource {

		FailFastDataSource(DataSource pool) {
			super(pool);
		}

		@Override
		public Connection getConnection() throws SQLException {
			boolean[] failed = FAILED_IN_THIS_REQUEST.get();
			if (failed != null && failed[0]) {
				throw new SQLTransientConnectionException("The database was out of reach earlier in this request",
						"08001");
			}
			try {
				return super.getConnection();
			}
			catch (SQLException ex) {
				if (isCause(ex)) {
					markFailed();
				}
				throw ex;
			}
		}

	}

	/** Puts {@link FailFastDataSource} in front of the application's data source. */
	static final class FailFastWrapping implements BeanPostProcessor {

		@Override
		public Object postProcessAfterInitialization(Object bean, String beanName) {
			if ("dataSource".equals(beanName) && bean instanceof DataSource pool
					&& !(bean instanceof FailFastDataSource)) {
				return new FailFastDataSource(pool);
			}
			return bean;
		}

	}

	/** A request whose session cookie is not shown, so nothing looks its session up. */
	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Cookie[] getCookies() {
			Cookie[] cookies = super.getCookies();
			if (cookies == null) {
				return null;
			}
			return Arrays.stream(cookies)
				.filter((cookie) -> !RequestHygieneFilter.SESSION_COOKIE.equals(cookie.getName()))
				.toArray(Cookie[]::new);
		}

		@Override
		public String getRequestedSessionId() {
			return null;
		}

	}

}
