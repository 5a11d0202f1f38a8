-- Every refund is a row of its own, recorded in the transaction that decides it and before
-- any gateway is asked: card refunds go to the gateway after the commit and are retried
-- until it answers; bank-transfer refunds wait for the shopper's refund account and are
-- paid by staff from a bank file. One shipment may have several refunds (single lines).
CREATE TABLE refund (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	order_id BIGINT NOT NULL REFERENCES customer_order (id),
	payment_id BIGINT NOT NULL REFERENCES payment (id),
	-- Null for a deposit that came after its order had expired.
	shipment_id BIGINT REFERENCES shipment (id),
	method VARCHAR(20) NOT NULL,
	cause VARCHAR(20) NOT NULL CHECK (cause IN ('CANCELLED', 'RETURNED', 'LATE_DEPOSIT')),
	amount BIGINT NOT NULL CHECK (amount >= 0),
	-- Whether nothing of the shipment was left after it (its shipping fee went back with it).
	last_of_shipment BOOLEAN NOT NULL DEFAULT false,
	-- What the shopper is told, when staff gave a reason.
	reason VARCHAR(300),
	status VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'AWAITING_ACCOUNT', 'READY', 'IN_FILE', 'DONE', 'FAILED')),
	attempts INT NOT NULL DEFAULT 0,
	next_attempt_at TIMESTAMPTZ,
	last_error VARCHAR(200),
	gateway_reference VARCHAR(60),
	requested_by VARCHAR(254),
	transfer_file_id BIGINT,
	created_at TIMESTAMPTZ NOT NULL,
	done_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX refund_order_ix ON refund (order_id);
CREATE INDEX refund_due_ix ON refund (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX refund_open_ix ON refund (status, created_at) WHERE status <> 'DONE';

-- The refunds already made, one per shipment, become refund rows.
INSERT INTO refund (order_id, payment_id, shipment_id, method, cause, amount, last_of_shipment, status,
	gateway_reference, created_at, done_at)
SELECT p.order_id, r.payment_id, r.shipment_id, p.method,
	CASE WHEN s.status = 'CANCELLED' THEN 'CANCELLED' ELSE 'RETURNED' END,
	r.amount, true, 'DONE', r.gateway_reference, r.refunded_at, r.refunded_at
FROM payment_refund r JOIN payment p ON p.id = r.payment_id JOIN shipment s ON s.id = r.shipment_id;

-- A line knows the refund that gave it back; a shipment knows whether its shipping and its
-- coupon share went back already.
ALTER TABLE order_line ADD COLUMN refund_id BIGINT REFERENCES refund (id);
ALTER TABLE shipment ADD COLUMN shipping_refunded BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE shipment ADD COLUMN discount_refunded BIGINT NOT NULL DEFAULT 0;
UPDATE order_line l SET refund_id = f.id FROM refund f WHERE f.shipment_id = l.shipment_id;
UPDATE shipment s SET shipping_refunded = true, discount_refunded = s.discount
WHERE EXISTS (SELECT 1 FROM refund f WHERE f.shipment_id = s.id);
DROP TABLE payment_refund;

-- Where a bank-transfer refund goes: the shopper's own account, encrypted like sellers'
-- payout accounts (number and holder), the last four digits kept to show it masked.
CREATE TABLE refund_account (
	order_id BIGINT PRIMARY KEY REFERENCES customer_order (id),
	bank VARCHAR(20) NOT NULL,
	account_number_encrypted VARCHAR(200) NOT NULL,
	account_last4 VARCHAR(4) NOT NULL,
	holder_encrypted VARCHAR(200) NOT NULL,
	entered_by VARCHAR(254),
	updated_at TIMESTAMPTZ NOT NULL
);

-- A bank file of bank-transfer refunds: marking it done marks exactly the refunds in it.
CREATE TABLE refund_transfer_file (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	created_at TIMESTAMPTZ NOT NULL,
	created_by VARCHAR(254) NOT NULL,
	done_at TIMESTAMPTZ,
	done_by VARCHAR(254)
);
ALTER TABLE refund ADD CONSTRAINT refund_transfer_file_fk FOREIGN KEY (transfer_file_id) REFERENCES refund_transfer_file (id);

-- Every change of a shipment's state, for the staff's order timeline. What happened before
-- this table is told from the shipments' own times.
CREATE TABLE shipment_status_log (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- No foreign key: the log follows the events, whichever aggregate told them.
	shipment_id BIGINT NOT NULL,
	from_status VARCHAR(20),
	to_status VARCHAR(20) NOT NULL,
	changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX shipment_status_log_shipment_ix ON shipment_status_log (shipment_id, changed_at);
INSERT INTO shipment_status_log (shipment_id, to_status, changed_at)
SELECT id, status, at FROM (
	SELECT id, 'PAID' AS status, paid_at AS at FROM shipment
	UNION ALL SELECT id, 'SHIPPED', shipped_at FROM shipment
	UNION ALL SELECT id, 'DELIVERED', delivered_at FROM shipment
	UNION ALL SELECT id, 'CONFIRMED', confirmed_at FROM shipment
	UNION ALL SELECT id, 'RETURN_REQUESTED', return_requested_at FROM shipment
	UNION ALL SELECT id, 'RETURNED', returned_at FROM shipment
	UNION ALL SELECT id, 'CANCELLED', cancelled_at FROM shipment) AS past
WHERE at IS NOT NULL;

-- Lets staff find an order by the phone number it was sent to, typed with or without dashes.
CREATE INDEX customer_order_phone_digits_ix ON customer_order ((regexp_replace(phone, '\D', '', 'g')));

-- The sandbox card gateway's refund faults, chosen by the test card at charge time, and
-- how often it was asked for each refund.
ALTER TABLE sandbox_card_charge ADD COLUMN refund_fault VARCHAR(20);
CREATE TABLE sandbox_card_refund_attempt (
	refund_key VARCHAR(80) PRIMARY KEY,
	attempts INT NOT NULL
);
