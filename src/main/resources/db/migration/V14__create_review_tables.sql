-- Product reviews (catalog module). A shopper may review each order line once, after the
-- purchase was confirmed. The catalog never reads order tables: the lines that may be
-- reviewed are copied here from the order module's ShipmentConfirmed event.

CREATE TABLE reviewable_line (
	order_line_id BIGINT PRIMARY KEY,
	shopper_id BIGINT NOT NULL,
	product_id BIGINT NOT NULL,
	seller_id BIGINT NOT NULL,
	order_number VARCHAR(60) NOT NULL,
	product_name VARCHAR(200) NOT NULL,
	confirmed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX reviewable_line_shopper_ix ON reviewable_line (shopper_id, confirmed_at DESC);

CREATE TABLE product_review (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- One review per order line: a double submit meets this key, not a second review.
	order_line_id BIGINT NOT NULL UNIQUE REFERENCES reviewable_line (order_line_id),
	product_id BIGINT NOT NULL REFERENCES product (id),
	seller_id BIGINT NOT NULL,
	shopper_id BIGINT NOT NULL,
	-- The author's display name when the review was written; pages show it masked.
	author_name VARCHAR(100) NOT NULL,
	rating SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
	body VARCHAR(1000) NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	reply VARCHAR(1000),
	replied_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0,
	CHECK ((reply IS NULL) = (replied_at IS NULL))
);
CREATE INDEX product_review_product_ix ON product_review (product_id, created_at DESC, id DESC);
CREATE INDEX product_review_seller_ix ON product_review (seller_id, created_at DESC, id DESC);
CREATE INDEX product_review_shopper_ix ON product_review (shopper_id, created_at DESC, id DESC);

-- Kept in the same transaction as each review, so pages and search never count reviews.
ALTER TABLE product ADD COLUMN review_count INT NOT NULL DEFAULT 0 CHECK (review_count >= 0);
ALTER TABLE product ADD COLUMN rating_sum BIGINT NOT NULL DEFAULT 0 CHECK (rating_sum >= 0);
-- The exact average for the rating sort; pages round it to one decimal.
ALTER TABLE product ADD COLUMN rating_avg NUMERIC
	GENERATED ALWAYS AS (CASE WHEN review_count > 0 THEN rating_sum::numeric / review_count END) STORED;
CREATE INDEX product_live_rating_ix ON product (rating_avg DESC NULLS LAST, review_count DESC, sales_count DESC,
	published_at DESC, id DESC) WHERE status = 'LIVE';
