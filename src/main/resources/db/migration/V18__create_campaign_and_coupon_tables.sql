-- Campaigns: a period in which sellers offer chosen products below their list price. The period
-- is stored as instants: from the first day's midnight in Korea (inclusive) to the midnight after
-- the last day (exclusive).
CREATE TABLE campaign (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	name VARCHAR(60) NOT NULL,
	slug VARCHAR(60) NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	headline VARCHAR(200) NOT NULL,
	starts_at TIMESTAMPTZ NOT NULL,
	ends_at TIMESTAMPTZ NOT NULL,
	max_discount_percent INT NOT NULL CHECK (max_discount_percent BETWEEN 1 AND 90),
	banner BYTEA,
	banner_type VARCHAR(20) CHECK (banner_type IN ('image/png', 'image/jpeg')),
	banner_etag VARCHAR(64),
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	CHECK (ends_at > starts_at),
	CHECK ((banner IS NULL) = (banner_type IS NULL))
);
CREATE INDEX campaign_period_ix ON campaign (ends_at, starts_at);

-- A seller's product in a campaign: either a discount in percent or a fixed campaign price; the
-- price actually charged is worked out from the list price at the time, never above the
-- campaign's maximum discount.
CREATE TABLE campaign_product (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	campaign_id BIGINT NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
	product_id BIGINT NOT NULL,
	seller_id BIGINT NOT NULL,
	discount_percent INT CHECK (discount_percent BETWEEN 1 AND 90),
	campaign_price BIGINT CHECK (campaign_price > 0),
	joined_at TIMESTAMPTZ NOT NULL,
	UNIQUE (campaign_id, product_id),
	CHECK ((discount_percent IS NULL) <> (campaign_price IS NULL))
);
CREATE INDEX campaign_product_product_ix ON campaign_product (product_id);
CREATE INDEX campaign_product_seller_ix ON campaign_product (seller_id, campaign_id);

-- Coupons issued by the ministry: it bears the discount, so sellers are settled on the
-- undiscounted amounts. "used" counts live redemptions and never passes the total limit; each
-- shopper's count is a row of its own, updated the same way.
CREATE TABLE coupon (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	code VARCHAR(30) NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]+$'),
	kind VARCHAR(10) NOT NULL CHECK (kind IN ('FIXED', 'PERCENT')),
	amount BIGINT CHECK (amount > 0),
	percent INT CHECK (percent BETWEEN 1 AND 90),
	max_discount BIGINT CHECK (max_discount > 0),
	minimum_order BIGINT NOT NULL CHECK (minimum_order >= 0),
	valid_from TIMESTAMPTZ NOT NULL,
	valid_until TIMESTAMPTZ NOT NULL,
	per_shopper_limit INT NOT NULL CHECK (per_shopper_limit > 0),
	total_limit INT NOT NULL CHECK (total_limit > 0),
	used INT NOT NULL DEFAULT 0 CHECK (used >= 0 AND used <= total_limit),
	active BOOLEAN NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	CHECK (valid_until > valid_from),
	CHECK ((kind = 'FIXED' AND amount IS NOT NULL AND percent IS NULL)
		OR (kind = 'PERCENT' AND percent IS NOT NULL AND max_discount IS NOT NULL AND amount IS NULL))
);

CREATE TABLE coupon_shopper_use (
	coupon_id BIGINT NOT NULL REFERENCES coupon (id),
	shopper_id BIGINT NOT NULL,
	used INT NOT NULL CHECK (used >= 0),
	PRIMARY KEY (coupon_id, shopper_id)
);

-- One row per checkout that used a coupon; released when its payment failed, so the use
-- counts again.
CREATE TABLE coupon_redemption (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	coupon_id BIGINT NOT NULL REFERENCES coupon (id),
	shopper_id BIGINT NOT NULL,
	checkout_key UUID NOT NULL UNIQUE,
	discount BIGINT NOT NULL CHECK (discount > 0),
	redeemed_at TIMESTAMPTZ NOT NULL,
	released_at TIMESTAMPTZ,
	UNIQUE (coupon_id, checkout_key)
);
CREATE INDEX coupon_redemption_shopper_ix ON coupon_redemption (coupon_id, shopper_id);

-- The order's side: the list price beside the price sold at, the coupon and the discount, and
-- each shipment's share of it (what a refund of that shipment keeps back).
ALTER TABLE order_line ADD COLUMN list_price BIGINT;
UPDATE order_line SET list_price = unit_price;
ALTER TABLE order_line ALTER COLUMN list_price SET NOT NULL;
ALTER TABLE order_line ADD CHECK (list_price >= unit_price);

ALTER TABLE customer_order ADD COLUMN coupon_code VARCHAR(30);
ALTER TABLE customer_order ADD COLUMN discount BIGINT NOT NULL DEFAULT 0 CHECK (discount >= 0 AND discount <= items_total);
-- V12's CHECK (total = items_total + shipping_total), named by PostgreSQL after the table.
ALTER TABLE customer_order DROP CONSTRAINT customer_order_check;
ALTER TABLE customer_order ADD CONSTRAINT customer_order_total_check CHECK (total = items_total + shipping_total - discount);

ALTER TABLE shipment ADD COLUMN discount BIGINT NOT NULL DEFAULT 0 CHECK (discount >= 0);
