-- Keys of the events a counter has added, kept in the same transaction as the count, so a
-- redelivered event (after a killed instance, say) is never counted twice.

-- Catalog's units-sold counter: PAID (ref = order id), REFUNDED (ref = shipment id).
CREATE TABLE catalog_counted_event (
	kind VARCHAR(16) NOT NULL,
	ref BIGINT NOT NULL,
	counted_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (kind, ref)
);

-- The report's cart adds and page views: events without a natural key carry an id.
-- kind: CART_ADD, VIEWS.
CREATE TABLE report_counted_event (
	kind VARCHAR(16) NOT NULL,
	id UUID NOT NULL,
	counted_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (kind, id)
);
