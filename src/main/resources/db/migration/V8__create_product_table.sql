-- A seller's listing. Its origin declaration is what screening reads; status says whether
-- shoppers can see it.
CREATE TABLE product (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	seller_id BIGINT NOT NULL,
	category_slug VARCHAR(60) NOT NULL REFERENCES category (slug),
	name VARCHAR(100) NOT NULL,
	description VARCHAR(5000) NOT NULL,
	price BIGINT NOT NULL CHECK (price > 0),
	stock INT NOT NULL CHECK (stock >= 0),
	shipping_fee BIGINT NOT NULL CHECK (shipping_fee >= 0),
	origin_kind VARCHAR(20) NOT NULL,
	importer VARCHAR(100),
	manufacturer VARCHAR(100),
	made_region VARCHAR(20),
	maker_role VARCHAR(10),
	attested BOOLEAN NOT NULL DEFAULT FALSE,
	status VARCHAR(12) NOT NULL CHECK (status IN ('DRAFT', 'HELD', 'LIVE', 'REJECTED', 'UNPUBLISHED')),
	created_at TIMESTAMPTZ NOT NULL,
	updated_at TIMESTAMPTZ NOT NULL,
	published_at TIMESTAMPTZ,
	version BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX product_seller_ix ON product (seller_id, updated_at DESC);
CREATE INDEX product_live_ix ON product (published_at DESC) WHERE status = 'LIVE';
CREATE INDEX product_live_category_ix ON product (category_slug, published_at DESC) WHERE status = 'LIVE';

ALTER TABLE product_image ADD CONSTRAINT product_image_product_fk
	FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE;
