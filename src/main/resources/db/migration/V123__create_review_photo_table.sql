-- Photos a shopper attaches to a review (up to three), stored re-encoded exactly as product
-- images are (V6, V120): three sizes, WebP copies where the encoder ran, and (id, content_hash)
-- naming bytes that never change, so they may be cached forever.
CREATE TABLE review_photo (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	review_id BIGINT NOT NULL REFERENCES product_review (id) ON DELETE CASCADE,
	position SMALLINT NOT NULL CHECK (position BETWEEN 0 AND 2),
	content_type VARCHAR(20) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
	width INT NOT NULL,
	height INT NOT NULL,
	full_image BYTEA NOT NULL,
	full_webp BYTEA,
	medium_width INT NOT NULL,
	medium_height INT NOT NULL,
	medium_image BYTEA NOT NULL,
	medium_webp BYTEA,
	thumbnail_width INT NOT NULL,
	thumbnail_height INT NOT NULL,
	thumbnail_image BYTEA NOT NULL,
	thumbnail_webp BYTEA,
	content_hash VARCHAR(64) NOT NULL,
	original_size INT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	CONSTRAINT review_photo_position_uq UNIQUE (review_id, position)
);
