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
 * nothing; a cart add is counted once by its event id (one stored before adds had ids is
 * counted as delivered).
 */
@Component
class FunnelAndOriginRollup {

	/** The reason code of a hold brought about by shoppers' import reports. */
	static final String REPORTS_REASON = "IMPORT_REPORTS";

	private final JdbcClient jdbc;

	private final CountedEvents counted;

	FunnelAndOriginRollup(JdbcClient jdbc, CountedEvents counted) {
		this.jdbc = jdbc;
		this.counted = counted;
	}

	@ApplicationModuleListener
	void on(ProductAddedToCart added) {
		if (!this.counted.first("CART_ADD", added.eventId())) {
			return;
		}
		Date day = Date.valueOf(SalesRollup.koreanDay(added.at()));
		this.jdbc.sql("""
				INSERT INTO report_cart_adds_daily (day, adds, units) VALUES (:day, 1, :units)
				ON CONFLICT (day) DO UPDATE SET adds = report_cart_adds_daily.adds + 1,
					units = report_cart_adds_daily.units + EXCLUDED.units
				""").param("day", day).param("units", added.quantity()).update();
		this.jdbc.sql("""
				INSERT INTO report_product_cart_adds_daily (day, product_id, adds) VALUES (:day, :product, 1)
				ON CONFLICT (day, product_id) DO UPDATE SET adds = report_product_cart_adds_daily.adds + 1
				""").param("day", day).param("product", added.productId()).update();
	}

	@ApplicationModuleListener
	void on(ListingHeld held) {
		// A hold that shoppers' reports brought about carries the reports' reason.
		record(held.reasons().contains(REPORTS_REASON) ? OriginOutcome.REPORT_HELD : OriginOutcome.HELD,
				held.listingId(), held.at());
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
