package kr.valuemall.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import kr.valuemall.order.ProductAddedToCart;
import kr.valuemall.origin.ImportReported;
import kr.valuemall.origin.ListingApproved;
import kr.valuemall.origin.ListingHeld;
import kr.valuemall.origin.ListingRejected;

/**
 * Cart adds (the funnel's second step) and origin screening outcomes. Origin events are
 * kept one row each, keyed by what happened to which listing when, so a redelivery adds
 * nothing; cart adds carry no key and are counted as delivered.
 */
@Component
class FunnelAndOriginRollup {

	private final JdbcClient jdbc;

	FunnelAndOriginRollup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(ProductAddedToCart added) {
		this.jdbc.sql("""
				INSERT INTO report_cart_adds_daily (day, adds, units) VALUES (:day, 1, :units)
				ON CONFLICT (day) DO UPDATE SET adds = report_cart_adds_daily.adds + 1,
					units = report_cart_adds_daily.units + EXCLUDED.units
				""")
			.param("day", Date.valueOf(SalesRollup.koreanDay(added.at())))
			.param("units", added.quantity())
			.update();
	}

	@ApplicationModuleListener
	void on(ListingHeld held) {
		record(OriginOutcome.HELD, held.listingId(), held.at());
	}

	@ApplicationModuleListener
	void on(ListingRejected rejected) {
		record(OriginOutcome.REJECTED, rejected.listingId(), rejected.at());
	}

	@ApplicationModuleListener
	void on(ListingApproved approved) {
		record(OriginOutcome.APPROVED, approved.listingId(), approved.at());
	}

	@ApplicationModuleListener
	void on(ImportReported reported) {
		record(OriginOutcome.REPORTED, reported.listingId(), reported.at());
	}

	private void record(OriginOutcome outcome, long listingId, Instant at) {
		this.jdbc.sql("""
				INSERT INTO report_origin_event (kind, listing_id, at, day) VALUES (:kind, :listing, :at, :day)
				ON CONFLICT DO NOTHING
				""")
			.param("kind", outcome.name())
			.param("listing", listingId)
			.param("at", Timestamp.from(at))
			.param("day", Date.valueOf(SalesRollup.koreanDay(at)))
			.update();
	}

}
