-- Cluster-wide locks for scheduled jobs (ShedLock): with several app instances each job runs
-- once per schedule.
CREATE TABLE IF NOT EXISTS shedlock (
	name VARCHAR(64) PRIMARY KEY,
	lock_until TIMESTAMPTZ NOT NULL,
	locked_at TIMESTAMPTZ NOT NULL,
	locked_by VARCHAR(255) NOT NULL
);

-- A cart belongs to an account, or to a browser (a random token in a cookie) until its shopper
-- signs in and the two carts merge.
CREATE TABLE cart (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	account_id BIGINT UNIQUE,
	token UUID UNIQUE,
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	CHECK (account_id IS NOT NULL OR token IS NOT NULL)
);
CREATE INDEX cart_anonymous_updated_ix ON cart (updated_at) WHERE account_id IS NULL;

CREATE TABLE cart_item (
	cart_id BIGINT NOT NULL REFERENCES cart (id) ON DELETE CASCADE,
	product_id BIGINT NOT NULL,
	quantity INT NOT NULL CHECK (quantity BETWEEN 1 AND 999),
	-- the price the shopper saw when adding, so a change can be pointed out at checkout
	price_seen BIGINT NOT NULL CHECK (price_seen > 0),
	added_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (cart_id, product_id)
);

-- A seller's shipping rule: the fee is the highest fee among the seller's items in a basket,
-- waived from this amount of items on.
CREATE TABLE seller_shipping_policy (
	seller_id BIGINT PRIMARY KEY,
	free_shipping_threshold BIGINT CHECK (free_shipping_threshold > 0),
	updated_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE shipping_address (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	account_id BIGINT NOT NULL,
	recipient VARCHAR(40) NOT NULL,
	phone VARCHAR(20) NOT NULL,
	postal_code VARCHAR(5) NOT NULL,
	address1 VARCHAR(200) NOT NULL,
	address2 VARCHAR(200) NOT NULL,
	last_used_at TIMESTAMPTZ NOT NULL,
	UNIQUE (account_id, recipient, phone, postal_code, address1, address2)
);

-- Order numbers: the Korean date and the day's running number, 20261126-000123.
CREATE TABLE order_number_counter (
	day DATE PRIMARY KEY,
	last_value INT NOT NULL
);

CREATE TABLE customer_order (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	order_number VARCHAR(15) NOT NULL UNIQUE,
	-- the checkout form's key: a second submission of one form finds this order instead of
	-- making another
	idempotency_key UUID NOT NULL UNIQUE,
	shopper_id BIGINT NOT NULL,
	status VARCHAR(20) NOT NULL CHECK (status IN ('PAYMENT_PENDING', 'AWAITING_DEPOSIT', 'PAID', 'PAYMENT_FAILED', 'CANCELLED')),
	payment_method VARCHAR(20) NOT NULL CHECK (payment_method IN ('CARD', 'BANK_TRANSFER')),
	items_total BIGINT NOT NULL CHECK (items_total >= 0),
	shipping_total BIGINT NOT NULL CHECK (shipping_total >= 0),
	total BIGINT NOT NULL CHECK (total = items_total + shipping_total),
	recipient VARCHAR(40) NOT NULL,
	phone VARCHAR(20) NOT NULL,
	postal_code VARCHAR(5) NOT NULL,
	address1 VARCHAR(200) NOT NULL,
	address2 VARCHAR(200) NOT NULL,
	delivery_note VARCHAR(100) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	paid_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX customer_order_shopper_ix ON customer_order (shopper_id, created_at DESC);
CREATE INDEX customer_order_open_ix ON customer_order (status, created_at) WHERE status IN ('PAYMENT_PENDING', 'AWAITING_DEPOSIT');

CREATE TABLE shipment (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	order_id BIGINT NOT NULL REFERENCES customer_order (id),
	seller_id BIGINT NOT NULL,
	status VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'AWAITING_DEPOSIT', 'PAID', 'PREPARING', 'SHIPPED', 'DELIVERED', 'CONFIRMED', 'CANCELLED', 'RETURN_REQUESTED', 'RETURNED')),
	shipping_fee BIGINT NOT NULL CHECK (shipping_fee >= 0),
	courier VARCHAR(20),
	tracking_number VARCHAR(20),
	return_reason VARCHAR(500),
	return_refusal VARCHAR(500),
	paid_at TIMESTAMPTZ,
	shipped_at TIMESTAMPTZ,
	delivered_at TIMESTAMPTZ,
	confirmed_at TIMESTAMPTZ,
	cancelled_at TIMESTAMPTZ,
	return_requested_at TIMESTAMPTZ,
	returned_at TIMESTAMPTZ,
	updated_at TIMESTAMPTZ NOT NULL,
	UNIQUE (order_id, seller_id),
	CHECK (status <> 'SHIPPED' OR (courier IS NOT NULL AND tracking_number IS NOT NULL))
);
CREATE INDEX shipment_seller_ix ON shipment (seller_id, status, updated_at DESC);
CREATE INDEX shipment_delivered_ix ON shipment (delivered_at) WHERE status = 'DELIVERED';

CREATE TABLE order_line (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	shipment_id BIGINT NOT NULL REFERENCES shipment (id),
	product_id BIGINT NOT NULL,
	product_name VARCHAR(100) NOT NULL,
	category_slug VARCHAR(60) NOT NULL,
	unit_price BIGINT NOT NULL CHECK (unit_price > 0),
	quantity INT NOT NULL CHECK (quantity > 0),
	amount BIGINT NOT NULL CHECK (amount = unit_price * quantity),
	campaign_id BIGINT,
	position INT NOT NULL
);
CREATE INDEX order_line_shipment_ix ON order_line (shipment_id);

-- One payment per order. The key is what the gateway sees, so a retried call charges once.
CREATE TABLE payment (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	order_id BIGINT NOT NULL UNIQUE REFERENCES customer_order (id),
	payment_key UUID NOT NULL UNIQUE,
	method VARCHAR(20) NOT NULL,
	status VARCHAR(20) NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'DECLINED', 'UNKNOWN', 'AWAITING_DEPOSIT', 'EXPIRED')),
	amount BIGINT NOT NULL CHECK (amount > 0),
	refunded BIGINT NOT NULL DEFAULT 0 CHECK (refunded >= 0 AND refunded <= amount),
	card_last4 VARCHAR(4),
	gateway_reference VARCHAR(40),
	decline_code VARCHAR(30),
	deposit_bank VARCHAR(20),
	deposit_account VARCHAR(30),
	deposit_deadline TIMESTAMPTZ,
	requested_at TIMESTAMPTZ NOT NULL,
	settled_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX payment_unsettled_ix ON payment (requested_at) WHERE status IN ('REQUESTED', 'UNKNOWN');

CREATE TABLE payment_refund (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	payment_id BIGINT NOT NULL REFERENCES payment (id),
	shipment_id BIGINT NOT NULL UNIQUE REFERENCES shipment (id),
	amount BIGINT NOT NULL CHECK (amount > 0),
	gateway_reference VARCHAR(40) NOT NULL,
	refunded_at TIMESTAMPTZ NOT NULL
);

-- The sandbox card gateway's own books, standing in for the card company's: what it charged
-- and refunded, looked up by payment key when a call timed out.
CREATE TABLE sandbox_card_charge (
	payment_key UUID PRIMARY KEY,
	amount BIGINT NOT NULL,
	refunded BIGINT NOT NULL DEFAULT 0,
	reference VARCHAR(40) NOT NULL,
	charged_at TIMESTAMPTZ NOT NULL
);
