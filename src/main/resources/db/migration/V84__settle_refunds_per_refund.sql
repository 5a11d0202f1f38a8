-- Settlement hears of refunds one at a time, several per shipment when staff refund single
-- lines: a refund is keyed by the order module's refund (earlier ones by their shipment),
-- and the lines it gave back are kept, so a confirmation that arrives after a refund
-- settles only what was not refunded.
ALTER TABLE settlement_refund ADD COLUMN refund_key VARCHAR(40);
UPDATE settlement_refund SET refund_key = 'shipment:' || shipment_id;
ALTER TABLE settlement_refund ALTER COLUMN refund_key SET NOT NULL;
ALTER TABLE settlement_refund DROP CONSTRAINT settlement_refund_pkey;
ALTER TABLE settlement_refund ADD PRIMARY KEY (refund_key);
-- True when the refund emptied the shipment (every refund before this change did).
ALTER TABLE settlement_refund ADD COLUMN whole_shipment BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE settlement_refund ALTER COLUMN whole_shipment DROP DEFAULT;
CREATE INDEX settlement_refund_shipment_ix ON settlement_refund (shipment_id);

CREATE TABLE settlement_refunded_line (
	order_line_id BIGINT PRIMARY KEY,
	refund_key VARCHAR(40) NOT NULL REFERENCES settlement_refund (refund_key)
);
