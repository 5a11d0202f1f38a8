package kr.valuemall.account.signin;

import javax.sql.DataSource;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions Spring Session's statements run in. Spring Session wraps each of its
 * calls in a transaction of the application's transaction manager: for the mall that is
 * JPA's, which opens a Hibernate session for each, and a session read (one
 * {@code SELECT}) was a {@code BEGIN}, the read and a {@code COMMIT} on every request.
 * <p>
 * Here a save runs in a plain JDBC transaction on the same data source (it joins a
 * transaction already running on the thread, as before), and a read runs in none: one
 * statement sees one snapshot of the session and its attributes without it. The
 * repository's reads are told apart by {@link #reads()}, an advice on the repository.
 */
final class SessionTransactions implements TransactionOperations {

	/** Set while the session repository runs one of its reads. */
	private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

	private final TransactionOperations writing;

	SessionTransactions(DataSource dataSource) {
		this.writing = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@Override
	public <T> T execute(TransactionCallback<T> action) throws TransactionException {
		if (Boolean.TRUE.equals(READING.get())) {
			return TransactionOperations.withoutTransaction().execute(action);
		}
		return this.writing.execute(action);
	}

	/**
	 * Marks the repository's reads ({@code findById}, {@code findByPrincipalName},
	 * {@code findByIndexNameAndIndexValue}) for the length of the call.
	 */
	static MethodInterceptor reads() {
		return new Reads();
	}

	private static final class Reads implements MethodInterceptor {

		@Override
		public Object invoke(MethodInvocation invocation) throws Throwable {
			if (!invocation.getMethod().getName().startsWith("find")) {
				return invocation.proceed();
			}
			Boolean outer = READING.get();
			READING.set(Boolean.TRUE);
			try {
				return invocation.proceed();
			}
			finally {
				if (outer == null) {
					READING.remove();
				}
			}
		}

	}

}
