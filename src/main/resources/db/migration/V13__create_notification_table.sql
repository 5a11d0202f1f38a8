-- What the mall told an account about its orders. The text is not stored: the kind and its
-- arguments are, so each reader sees it in their own language. Copies (store and product
-- names) are taken when the event arrives.
CREATE TABLE notification (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	account_id BIGINT NOT NULL REFERENCES user_account (id),
	kind VARCHAR(40) NOT NULL CHECK (kind IN ('ORDER_PAID', 'SHIPMENT_PREPARING', 'SHIPMENT_SHIPPED',
		'SHIPMENT_DELIVERED', 'ORDER_CANCELLED', 'RETURN_APPROVED', 'NEW_ORDER', 'SALE_CANCELLED',
		'RETURN_REFUSED', 'RETURN_REQUESTED', 'PURCHASE_CONFIRMED')),
	order_number VARCHAR(40) NOT NULL,
	-- Null for what concerns the whole order (it was paid); otherwise the seller's shipment.
	shipment_id BIGINT,
	store_name VARCHAR(60),
	product_name VARCHAR(200),
	other_items INT NOT NULL DEFAULT 0 CHECK (other_items >= 0),
	amount BIGINT CHECK (amount >= 0),
	link VARCHAR(200) NOT NULL,
	-- When the order event happened: with the rest of the key below it names the event.
	occurred_at TIMESTAMPTZ NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	read_at TIMESTAMPTZ
);

-- An event delivered twice (the registry republishes unfinished ones) tells nobody twice; a
-- second return request after a refusal is a new event and is told again.
CREATE UNIQUE INDEX notification_once
	ON notification (account_id, kind, order_number, COALESCE(shipment_id, 0), occurred_at);

-- The header's unread count on every page, and the list newest first.
CREATE INDEX notification_unread ON notification (account_id, read_at);
CREATE INDEX notification_newest ON notification (account_id, created_at DESC, id DESC);
