package kr.valuemall.settlement.ledger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A PostgreSQL advisory lock per seller, held to the end of the transaction: settling a
 * seller and recording a refund for that seller never overlap, on any instance.
 */
@Component
public class SellerLocks {

	/**
	 * The lock space of settlement, so other modules' advisory locks never collide with
	 * it.
	 */
	private static final int SETTLEMENT_SELLER = 0x5E771E;

	private final JdbcClient jdbc;

	SellerLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(long sellerId) {
		this.jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(:space, :seller)) locked")
			.param("space", SETTLEMENT_SELLER)
			.param("seller", (int) (sellerId % Integer.MAX_VALUE))
			.query(Integer.class)
			.single();
	}

}
