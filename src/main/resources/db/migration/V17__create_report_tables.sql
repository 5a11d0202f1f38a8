-- The report module's read models (docs/reports.md). They are fed only by events (order,
-- origin, cart) and never by reading other modules' tables. Days are Korea's dates (KST).
-- Sales = what was paid, minus what was refunded, each on its own day.

-- Which event has already been added, so a redelivered event never counts twice.
-- kind: PAID (ref = order id), REFUNDED and CONFIRMED (ref = shipment id).
CREATE TABLE report_processed_event (
	kind VARCHAR(16) NOT NULL,
	ref BIGINT NOT NULL,
	processed_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (kind, ref)
);

-- Item amounts (shipping fees left out) per day, seller, category and campaign (null: none).
CREATE TABLE report_sales_daily (
	day DATE NOT NULL,
	seller_id BIGINT NOT NULL,
	category_slug VARCHAR(80) NOT NULL,
	campaign_id BIGINT,
	paid BIGINT NOT NULL DEFAULT 0,
	refunded BIGINT NOT NULL DEFAULT 0,
	paid_lines INTEGER NOT NULL DEFAULT 0,
	CONSTRAINT report_sales_daily_key UNIQUE NULLS NOT DISTINCT (day, seller_id, category_slug, campaign_id)
);
CREATE INDEX report_sales_daily_campaign_ix ON report_sales_daily (campaign_id, day) WHERE campaign_id IS NOT NULL;

-- Per day and seller: the same sales, the seller's region when the sale was made, the
-- shipments paid (an order as a seller sees it), and confirmed amounts with the commission
-- settlement takes on them and what a 13% private mall would have taken more.
CREATE TABLE report_seller_daily (
	day DATE NOT NULL,
	seller_id BIGINT NOT NULL,
	region VARCHAR(20),
	paid BIGINT NOT NULL DEFAULT 0,
	refunded BIGINT NOT NULL DEFAULT 0,
	shipments INTEGER NOT NULL DEFAULT 0,
	confirmed BIGINT NOT NULL DEFAULT 0,
	confirmed_lines INTEGER NOT NULL DEFAULT 0,
	commission BIGINT NOT NULL DEFAULT 0,
	savings BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (day, seller_id)
);
CREATE INDEX report_seller_daily_seller_ix ON report_seller_daily (seller_id, day) WHERE paid > 0;

-- Checkouts paid per day, mall-wide (an order with three sellers is one order here).
CREATE TABLE report_orders_daily (
	day DATE PRIMARY KEY,
	orders INTEGER NOT NULL DEFAULT 0
);

-- Cart adds per day, mall-wide: the funnel's second step.
CREATE TABLE report_cart_adds_daily (
	day DATE PRIMARY KEY,
	adds BIGINT NOT NULL DEFAULT 0,
	units BIGINT NOT NULL DEFAULT 0
);

-- Product page views per day and seller (the product's seller, asked of the catalog when the
-- views arrive): the funnel's first step, and the views of stores that have not sold yet.
CREATE TABLE report_seller_views_daily (
	day DATE NOT NULL,
	seller_id BIGINT NOT NULL,
	views BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (day, seller_id)
);

-- The same sums per calendar month (month = its first day), written by the same listeners
-- in the same transactions. A report adds up whole months here and only the days of a
-- month its range cuts in the daily tables, so a year is a few thousand rows, not millions.
CREATE TABLE report_seller_monthly (
	month DATE NOT NULL,
	seller_id BIGINT NOT NULL,
	region VARCHAR(20),
	paid BIGINT NOT NULL DEFAULT 0,
	refunded BIGINT NOT NULL DEFAULT 0,
	shipments INTEGER NOT NULL DEFAULT 0,
	confirmed BIGINT NOT NULL DEFAULT 0,
	confirmed_lines INTEGER NOT NULL DEFAULT 0,
	commission BIGINT NOT NULL DEFAULT 0,
	savings BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (month, seller_id)
);
CREATE INDEX report_seller_monthly_sold_ix ON report_seller_monthly (seller_id, month) WHERE paid > 0;

CREATE TABLE report_sales_monthly (
	month DATE NOT NULL,
	category_slug VARCHAR(80) NOT NULL,
	campaign_id BIGINT,
	paid BIGINT NOT NULL DEFAULT 0,
	refunded BIGINT NOT NULL DEFAULT 0,
	paid_lines INTEGER NOT NULL DEFAULT 0,
	CONSTRAINT report_sales_monthly_key UNIQUE NULLS NOT DISTINCT (month, category_slug, campaign_id)
);

CREATE TABLE report_seller_views_monthly (
	month DATE NOT NULL,
	seller_id BIGINT NOT NULL,
	views BIGINT NOT NULL DEFAULT 0,
	PRIMARY KEY (month, seller_id)
);
CREATE INDEX report_seller_views_monthly_seller_ix ON report_seller_views_monthly (seller_id, month);

-- Origin screening outcomes as they happened: HELD, REJECTED, REPORTED, APPROVED.
CREATE TABLE report_origin_event (
	kind VARCHAR(16) NOT NULL,
	listing_id BIGINT NOT NULL,
	at TIMESTAMPTZ NOT NULL,
	day DATE NOT NULL,
	PRIMARY KEY (kind, listing_id, at)
);
CREATE INDEX report_origin_event_day_ix ON report_origin_event (day);
