package kr.valuemall;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionOperations;

/**
 * What a module test can wait for when the expected outcome is that nothing changes (a
 * redelivered event, an event that arrives too late to matter): that the listeners are
 * done with the event.
 */
public final class EventPublications {

	private EventPublications() {
	}

	/**
	 * How many publications of the event the registry records for listeners whose id
	 * contains {@code listener}, read inside the publishing transaction, which then rolls
	 * back: a listener whose condition turns the event down gets none.
	 * @param orderNumber the order number the event carries, which finds its rows
	 */
	public static int recordedFor(TransactionOperations transactions, ApplicationEventPublisher events, JdbcClient jdbc,
			Object event, String listener, String orderNumber) {
		Integer count = transactions.execute((status) -> {
			events.publishEvent(event);
			status.setRollbackOnly();
			return jdbc.sql("""
					SELECT count(*) FROM event_publication
					WHERE listener_id LIKE ? AND serialized_event LIKE ?""")
				.params("%" + listener + "%", "%\"orderNumber\":\"" + orderNumber + "\"%")
				.query(Integer.class)
				.single();
		});
		return (count != null) ? count : 0;
	}

	/**
	 * Whether every publication of the event has been handled by the listeners it went
	 * to. A listener that failed leaves its publication incomplete, so this stays false.
	 */
	public static boolean handled(EventPublicationRegistry publications, Object event) {
		return publications.findIncompletePublications()
			.stream()
			.noneMatch((publication) -> publication.getEvent().equals(event));
	}

}
