package kr.valuemall.shared.events;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kr.valuemall.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event publication is deleted in its listener's transaction: one commit for the work
 * and its bookkeeping, where Spring Modulith 2.0 made three. A listener that fails leaves
 * no work and its publication, marked failed, which the retry hands to it again.
 */
@IntegrationTest
class ListenerTransactionCompletionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	EventProbes.Listeners listeners;

	@BeforeEach
	void table() {
		this.jdbc.sql("CREATE TABLE IF NOT EXISTS " + EventProbes.TABLE + " (probe text PRIMARY KEY)").update();
	}

	@Test
	void springModulithsCompletionIsReplacedForEveryListener() {
		Advisor advisor = this.context.getBean(EventCompletionConfig.ADVISOR, Advisor.class);
		assertThat(advisor.getAdvice()).isInstanceOf(ListenerTransactionCompletion.class);
		assertThat(((org.springframework.transaction.ConfigurableTransactionManager) this.transactions)
			.getTransactionExecutionListeners()).contains((ListenerTransactionCompletion) advisor.getAdvice());
	}

	@Test
	void eventsAreWrittenAndReadWithTheMallsSerializer() {
		EventSerializer serializer = this.context.getBean(EventSerializer.class);
		assertThat(serializer).isInstanceOf(EventJson.Serializer.class);
		EventProbes.Probe probe = new EventProbes.Probe("json", false);
		Object json = serializer.serialize(probe);
		assertThat(json).isEqualTo("{\"id\":\"json\",\"failOnce\":false}");
		assertThat(serializer.deserialize(json, EventProbes.Probe.class)).isEqualTo(probe);
	}

	@Test
	void theWorkAndTheCompletionAreCommittedTogether() {
		String id = UUID.randomUUID().toString();
		publish(new EventProbes.Probe(id, false));

		await().atMost(Duration.ofSeconds(30)).until(() -> this.listeners.seen(id) != null);
		assertThat(writes(id)).isEqualTo(1);
		// Spring Modulith 2.0 commits a PROCESSING mark before the listener runs, and
		// deletes the publication in a transaction of its own after the listener's.
		assertThat(this.listeners.seen(id)).isEqualTo(new EventProbes.Seen("PUBLISHED", 0));
	}

	@Test
	void aFailedListenerLeavesNoWorkAndIsHandedTheEventAgain() {
		String id = UUID.randomUUID().toString();
		EventProbes.Probe probe = new EventProbes.Probe(id, true);
		publish(probe);

		await().atMost(Duration.ofSeconds(30)).until(() -> failed(id) == 1);
		assertThat(writes(id)).as("the failed listener's write is rolled back").isZero();
		assertThat(publications(id)).as("kept for the retry").isEqualTo(1);

		this.incomplete.resubmitIncompletePublications((publication) -> probe.equals(publication.getEvent()));

		await().atMost(Duration.ofSeconds(30)).until(() -> publications(id) == 0);
		assertThat(writes(id)).isEqualTo(1);
	}

	@Test
	void aListenerWithoutATransactionOfItsOwnIsCompletedAfterItReturns() {
		String id = UUID.randomUUID().toString();
		publish(new EventProbes.UntransactedProbe(id));

		await().atMost(Duration.ofSeconds(30)).until(() -> publications(id) == 0);
		assertThat(writes(id)).isEqualTo(1);
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private long writes(String id) {
		return this.jdbc.sql("SELECT count(*) FROM " + EventProbes.TABLE + " WHERE probe = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private long publications(String id) {
		return this.jdbc.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ?")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

	private long failed(String id) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE serialized_event LIKE ? AND status = 'FAILED'")
			.param("%" + id + "%")
			.query(Long.class)
			.single();
	}

}
