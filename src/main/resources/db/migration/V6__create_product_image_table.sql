-- Product images live in the database, so every app instance behind the load balancer serves the
-- same bytes and no instance keeps local files. Each upload is stored already re-encoded in three
-- sizes (made once on upload, never on a page view). Rows are never updated, only inserted,
-- renumbered or deleted, so (id, content_hash) always names the same bytes and may be cached forever.
CREATE TABLE product_image (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	-- The foreign key to product arrives with the product table (V7).
	product_id BIGINT NOT NULL,
	-- 0 is the main image that list pages show. Five at most per product: the service refuses a
	-- sixth, and this CHECK with the unique constraint below is the backstop.
	position SMALLINT NOT NULL CHECK (position BETWEEN 0 AND 4),
	-- Every size of one image has one type: JPEG when opaque, PNG when it has transparency.
	content_type VARCHAR(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
	-- Full size: at most 1600 px on the long side.
	width INT NOT NULL,
	height INT NOT NULL,
	full_image BYTEA NOT NULL,
	full_size INT NOT NULL,
	-- Medium: at most 800 px on the long side, for the product page and wide screens.
	medium_width INT NOT NULL,
	medium_height INT NOT NULL,
	medium_image BYTEA NOT NULL,
	medium_size INT NOT NULL,
	-- Thumbnail: at most 400 px on the long side, for list pages.
	thumbnail_width INT NOT NULL,
	thumbnail_height INT NOT NULL,
	thumbnail_image BYTEA NOT NULL,
	thumbnail_size INT NOT NULL,
	-- SHA-256 (hex) of the full image: the ETag, and part of every image URL.
	content_hash VARCHAR(64) NOT NULL,
	-- The byte size of what the seller uploaded, before re-encoding.
	original_size INT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	-- Its index is the (product_id, position) index that listing queries use. Deferrable, so that
	-- closing the gap after a removal (position = position - 1) is checked once per statement
	-- rather than row by row.
	CONSTRAINT product_image_position_uq UNIQUE (product_id, position) DEFERRABLE INITIALLY IMMEDIATE
);
