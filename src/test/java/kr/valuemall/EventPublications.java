package kr.valuemall;

import org.springframework.modulith.events.core.EventPublicationRegistry;

/**
 * What a module test can wait for when the expected outcome is that nothing changes (a
 * redelivered event, an event that arrives too late to matter): that the listeners are
 * done with the event.
 */
public final class EventPublications {

	private EventPublications() {
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
