package kr.valuemall.web;

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

	public static Optional<String> of(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
				return Optional.of(violation.getConstraintName());
			}
			if (cause instanceof PSQLException psql) {
				ServerErrorMessage message = psql.getServerErrorMessage();
				if (message != null && message.getConstraint() != null) {
					return Optional.of(message.getConstraint());
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return Optional.empty();
	}

	/** Whether the failure is the named constraint's refusal. */
	public static boolean is(Throwable failure, String constraint) {
		return of(failure).filter(constraint::equalsIgnoreCase).isPresent();
	}

}
