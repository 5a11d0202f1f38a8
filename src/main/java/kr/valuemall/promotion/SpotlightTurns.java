package kr.valuemall.promotion;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each spotlight placement's turn, shared by every app instance: one PostgreSQL sequence
 * per placement (V101). A load takes {@code nextval}, which never hands a turn out twice,
 * takes no lock and never goes back, even after a crash (it may skip a few turns then: a
 * few stores wait one more round). The sequence is made with the placement's row on its
 * first load; the row's unique name makes a second instance wait and then find it.
 */
@Component
class SpotlightTurns {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Map<String, String> sequences = new ConcurrentHashMap<>();

	SpotlightTurns(JdbcClient jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	/** The placement's next turn, from 0: call it outside a read-only transaction. */
	long next(String placement) {
		String sequence = this.sequences.computeIfAbsent(placement, this::sequenceOf);
		return this.jdbc.sql("SELECT nextval(CAST(:sequence AS regclass))")
			.param("sequence", sequence)
			.query(Long.class)
			.single() - 1;
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
