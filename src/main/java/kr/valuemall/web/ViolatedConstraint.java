package kr.valuemall.web;

import java.sql.SQLException;
import java.util.Optional;

import org.hibernate.exception.ConstraintViolationException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The name of the database constraint that refused a write, whichever way the refusal
 * travelled (Hibernate for JPA, the driver's exception for JDBC). Code that expects one
 * constraint to stop a double submit checks that it was that one: any other refusal is a
 * defect and must not pass for the expected race.
 */
public final class ViolatedConstraint {

	private ViolatedConstraint() {
	}

	/**
	 * The violated constraint's name as PostgreSQL reports it. The driver's error field
	 * comes first: Hibernate reads the name from the message text, which is in the
	 * server's language.
	 */
	public static Optional<String> of(Throwable failure) {
		String fromHibernate = null;
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			String fromServer = fromServer(cause);
			if (fromServer == null && cause instanceof SQLException sql) {
				// A batch reports the statement that failed as its next exception.
				fromServer = fromServer(sql.getNextException());
			}
			if (fromServer != null) {
				return Optional.of(fromServer);
			}
			if (fromHibernate == null && cause instanceof ConstraintViolationException hibernate) {
				fromHibernate = hibernate.getConstraintName();
			}
		}
		return Optional.ofNullable(fromHibernate);
	}

	/** Whether the failure is the named constraint's refusal. */
	public static boolean is(Throwable failure, String constraint) {
		return of(failure).filter(constraint::equals).isPresent();
	}

	private static String fromServer(Throwable ex) {
		if (ex instanceof PSQLException psql) {
			ServerErrorMessage message = psql.getServerErrorMessage();
			return (message != null) ? message.getConstraint() : null;
		}
		return null;
	}

}
