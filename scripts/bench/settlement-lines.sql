-- Issue 20 item 6, an add-on to fill.sql for the settlement and rebuild measurements
-- (scripts/bench/rebuild-and-settle.sh runs it): the settlement lines the ledger's listener
-- would have written for every confirmed shipment that has none yet (ShipmentConfirmed:
-- an ITEM line per order line at the rate in force, 3% here, and a SHIPPING line for a
-- shipping fee, without commission). Safe to run again: a line exists once per source.
-- The journal entries of those confirmations are left out: a settlement run reads the
-- lines, and the roll-up rebuild reads commission from the lines too.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO settlement_line (kind, source_id, seller_id, shipment_id, order_id, order_number, product_id,
	product_name, option_label, quantity, amount, rate_bps, commission, seller_share, confirmed_at)
SELECT 'ITEM', l.id, sh.seller_id, sh.id, o.id, o.order_number, l.product_id, l.product_name, l.option_label,
	l.quantity, l.amount, 300, l.amount * 300 / 10000, l.amount - l.amount * 300 / 10000, sh.confirmed_at
FROM shipment sh JOIN customer_order o ON o.id = sh.order_id JOIN order_line l ON l.shipment_id = sh.id
WHERE sh.confirmed_at IS NOT NULL AND l.refund_id IS NULL
	AND NOT EXISTS (SELECT 1 FROM settlement_line s WHERE s.shipment_id = sh.id)
ON CONFLICT (kind, source_id) DO NOTHING;

INSERT INTO settlement_line (kind, source_id, seller_id, shipment_id, order_id, order_number, quantity, amount,
	rate_bps, commission, seller_share, confirmed_at)
SELECT 'SHIPPING', sh.id, sh.seller_id, sh.id, o.id, o.order_number, 1, sh.shipping_fee, 0, 0, sh.shipping_fee,
	sh.confirmed_at
FROM shipment sh JOIN customer_order o ON o.id = sh.order_id
WHERE sh.confirmed_at IS NOT NULL AND sh.shipping_fee > 0
	AND NOT EXISTS (SELECT 1 FROM settlement_line s WHERE s.kind = 'SHIPPING' AND s.source_id = sh.id)
ON CONFLICT (kind, source_id) DO NOTHING;

COMMIT;
ANALYZE settlement_line;
