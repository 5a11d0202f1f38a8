package kr.valuemall.shared;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An event whose listener failed (a database hiccup while settling a line, say) is kept
 * in the event publication registry; this job hands it to its listener again, on one
 * instance at a time, instead of waiting for a restart. Every listener is safe to run
 * twice.
 */
@Component
class EventRetry {

	private final IncompleteEventPublications publications;

	private final EventRetryProperties properties;

	EventRetry(IncompleteEventPublications publications, EventRetryProperties properties) {
		this.publications = publications;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${valuemall.events.retry.every:5m}",
			initialDelayString = "${valuemall.events.retry.every:5m}")
	@SchedulerLock(name = "events.resubmitIncomplete")
	public void resubmitIncomplete() {
		this.publications.resubmitIncompletePublicationsOlderThan(this.properties.after());
	}

}
