package kr.valuemall.account.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.session.Session;

/**
 * A session's last access is written to PostgreSQL at most once a {@link #GRANULARITY},
 * unless something else about the session changed. Spring Session sets the last access on
 * every request that reads the session, and that made every signed-in page, every cart
 * change and every checkout write the session's row in a transaction of its own (an
 * {@code UPDATE} and a commit PostgreSQL writes to its log) only to move the time by a
 * few seconds.
 * <p>
 * A session read from the repository is handed out wrapped: the wrapper passes everything
 * on, keeps a last access less than a minute newer than the stored one to itself, and
 * notes whether anything was changed. Saving an unchanged wrapper does nothing; saving a
 * changed one saves the session inside it as before. The cost is that a session may end
 * up to a minute before the timeout (60 minutes) measured from the shopper's very last
 * request. The wrapper follows Spring Session's default save mode (an attribute is saved
 * when it is set), which the mall uses.
 */
final class LastAccessWrites implements MethodInterceptor {

	/** How stale a stored last access may be before a request writes it anew. */
	static final Duration GRANULARITY = Duration.ofMinutes(1);

	@Override
	public Object invoke(MethodInvocation invocation) throws Throwable {
		String method = invocation.getMethod().getName();
		Object[] arguments = invocation.getArguments();
		if ("save".equals(method) && arguments.length == 1 && arguments[0] instanceof Kept kept) {
			if (!kept.changed) {
				return null;
			}
			((ProxyMethodInvocation) invocation).setArguments(kept.session);
			Object result = invocation.proceed();
			kept.changed = false;
			return result;
		}
		Object result = invocation.proceed();
		if ("findById".equals(method) && result instanceof Session session) {
			return new Kept(session);
		}
		return result;
	}

	/** A stored session, and whether this request changed more than its last access. */
	static final class Kept implements Session {

		private final Session session;

		private boolean changed;

		Kept(Session session) {
			this.session = session;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (Duration.between(this.session.getLastAccessedTime(), lastAccessedTime).compareTo(GRANULARITY) >= 0) {
				this.session.setLastAccessedTime(lastAccessedTime);
				this.changed = true;
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.session.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.session.getId();
		}

		@Override
		public String changeSessionId() {
			this.changed = true;
			return this.session.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.session.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.session.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.changed = true;
			this.session.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.changed = true;
			this.session.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.session.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.changed = true;
			this.session.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.session.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.session.isExpired();
		}

	}

}
