-- Sellers are told when staff approve or reject their new payout account. Those notifications
-- concern no order, so the order number becomes optional, and a detail (the new account's last
-- four digits, or staff's reason) is kept beside the kind, to be worded in each reader's language.
ALTER TABLE notification ALTER COLUMN order_number DROP NOT NULL;
ALTER TABLE notification ADD COLUMN detail VARCHAR(1000);

ALTER TABLE notification DROP CONSTRAINT notification_kind_check;
ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN ('ORDER_PAID', 'SHIPMENT_PREPARING',
	'SHIPMENT_SHIPPED', 'SHIPMENT_DELIVERED', 'ORDER_CANCELLED', 'RETURN_APPROVED', 'NEW_ORDER', 'SALE_CANCELLED',
	'RETURN_REFUSED', 'RETURN_REQUESTED', 'PURCHASE_CONFIRMED', 'PAYOUT_ACCOUNT_APPROVED', 'PAYOUT_ACCOUNT_REJECTED'));

-- Still once per event: a notification without an order counts as one with the empty number.
DROP INDEX notification_once;
CREATE UNIQUE INDEX notification_once
	ON notification (account_id, kind, COALESCE(order_number, ''), COALESCE(shipment_id, 0), occurred_at);
