package kr.valuemall.promotion;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each spotlight placement's turn, shared by every app instance: one PostgreSQL sequence
 * per placement (V101). Turns come from {@code nextval}, which never hands a turn out
 * twice, takes no lock and never goes back, even after a crash (it may skip a few turns
 * then: a few stores wait one more round). An instance takes
 * {@code valuemall.promotion.spotlight.turns-taken-at-once} turns in one round trip and
 * gives them to its next loads in order, so a busy page does not wait for the database on
 * every load; together the instances still show every turn once. The sequence is made
 * with the placement's row on its first load; the row's unique name makes a second
 * instance wait and then find it.
 */
@Component
class SpotlightTurns {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, String> sequences = new ConcurrentHashMap<>();

	/** Each placement's turns taken and not shown yet, in order. */
	private final Map<String, Queue<Long>> taken = new ConcurrentHashMap<>();

	private final int atOnce;

	SpotlightTurns(JdbcClient jdbc, TransactionTemplate transactions, SpotlightProperties properties) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.atOnce = properties.turnsTakenAtOnce();
	}

	/**
	 * The placement's next turn, from 0: call it outside a read-only transaction. No lock
	 * is held while turns are read: loads that find none left each take their own.
	 */
	long next(String placement) {
		Queue<Long> turns = this.taken.computeIfAbsent(placement, (key) -> new ConcurrentLinkedQueue<>());
		Long turn = turns.poll();
		if (turn != null) {
			return turn;
		}
		String sequence = this.sequences.computeIfAbsent(placement, this::sequenceOf);
		List<Long> values = this.jdbc
			.sql("SELECT nextval(CAST(:sequence AS regclass)) - 1 FROM generate_series(1, :count) ORDER BY 1")
			.param("sequence", sequence)
			.param("count", this.atOnce)
			.query(Long.class)
			.list();
		turns.addAll(values.subList(1, values.size()));
		return values.get(0);
	}

	private String sequenceOf(String placement) {
		Long id = this.transactions.execute((status) -> {
			Long created = this.jdbc.sql("""
					INSERT INTO promotion_spotlight_placement (placement) VALUES (:placement)
					ON CONFLICT (placement) DO NOTHING RETURNING id""")
				.param("placement", placement)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (created != null) {
				// The name is made of the row's number alone: no text from a request
				// reaches DDL.
				this.jdbc.sql("CREATE SEQUENCE " + sequenceName(created) + " AS BIGINT MINVALUE 1 START 1").update();
				return created;
			}
			return this.jdbc.sql("SELECT id FROM promotion_spotlight_placement WHERE placement = :placement")
				.param("placement", placement)
				.query(Long.class)
				.single();
		});
		return sequenceName(id);
	}

	private static String sequenceName(long id) {
		return "promotion_spotlight_turn_" + id;
	}

}
