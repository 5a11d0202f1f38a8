package kr.valuemall.account.signin;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session reads a request's session from PostgreSQL a second time right after
 * saving it: the session filter commits the session when the response is committed and
 * again as the request ends, and the second time it looks the session up anew to learn
 * its id (spring-projects/spring-session#1731). That was a transaction and a query on
 * every request with a session: a sixth of a signed-in page's reads.
 * <p>
 * Here the session repository remembers, for the length of one request, the session it
 * saved, and gives that one back when the same request asks for the same id. Nothing is
 * remembered outside a request: the filter, placed before the session filter, opens and
 * closes the memory around each one, so another request (on this thread or another
 * instance) always reads the session from PostgreSQL.
 */
final class SavedSessionReuse extends OncePerRequestFilter {

	/**
	 * The session saved by the request running on this thread; null outside a request.
	 */
	private static final ThreadLocal<Saved> SAVED = new ThreadLocal<>();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Saved outer = SAVED.get();
		SAVED.set(new Saved());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SAVED.set(outer);
		}
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** The advice on the session repository that gives back the session saved. */
	static MethodInterceptor remembering() {
		return new Remembering();
	}

	/** Gives back the session saved in this request when asked for it by id. */
	private static final class Remembering implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			Saved saved = SAVED.get();
			String method = invocation.getMethod().getName();
			Object[] arguments = invocation.getArguments();
			if (saved != null && "findById".equals(method) && arguments.length == 1 && saved.session != null
					&& saved.session.getId().equals(arguments[0])) {
				return saved.session;
			}
			Object result = invocation.proceed();
			if (saved != null && "save".equals(method) && arguments.length == 1
					&& arguments[0] instanceof Session session) {
				saved.session = session;
			}
			else if (saved != null && "deleteById".equals(method)) {
				saved.session = null;
			}
			return result;
		}

	}

	private static final class Saved {

		Session session;

	}

}
