-- Each size of a product image also as WebP (issue 20 item 3), for browsers that take it: pages
-- offer it in a <picture> with the JPEG (or PNG) as the fallback. Null for images stored before,
-- and where the WebP encoder could not run on the machine that took the upload.
ALTER TABLE product_image
	ADD COLUMN full_webp BYTEA,
	ADD COLUMN medium_webp BYTEA,
	ADD COLUMN thumbnail_webp BYTEA;
