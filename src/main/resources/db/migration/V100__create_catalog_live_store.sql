-- Issue 20: which stores have live listings in which category, so the spotlight on the home and
-- category pages never scans the listings. Kept by a trigger on product, in the transaction that
-- changes the listing, so every path (seller, screening, staff, suspension's bulk update) is
-- covered and a store's first live listing counts at once.
CREATE TABLE catalog_live_store (
	category_slug VARCHAR(60) NOT NULL,
	seller_id BIGINT NOT NULL,
	live_listings INT NOT NULL CHECK (live_listings >= 0),
	PRIMARY KEY (category_slug, seller_id)
);

-- Goes up whenever a store gains its first live listing in a category or loses its last one:
-- readers keep what they computed from catalog_live_store while it stays the same.
CREATE TABLE catalog_live_store_version (
	id SMALLINT PRIMARY KEY CHECK (id = 1),
	version BIGINT NOT NULL
);
INSERT INTO catalog_live_store_version (id, version) VALUES (1, 0);

INSERT INTO catalog_live_store (category_slug, seller_id, live_listings)
SELECT category_slug, seller_id, count(*) FROM product WHERE status = 'LIVE' GROUP BY category_slug, seller_id;

CREATE FUNCTION catalog_live_store_count() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
	remaining INT;
	added BOOLEAN;
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.status = 'LIVE' THEN
		UPDATE catalog_live_store SET live_listings = live_listings - 1
		WHERE category_slug = OLD.category_slug AND seller_id = OLD.seller_id
		RETURNING live_listings INTO remaining;
		IF remaining = 0 THEN
			DELETE FROM catalog_live_store
			WHERE category_slug = OLD.category_slug AND seller_id = OLD.seller_id AND live_listings = 0;
			UPDATE catalog_live_store_version SET version = version + 1 WHERE id = 1;
		END IF;
	END IF;
	IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.status = 'LIVE' THEN
		INSERT INTO catalog_live_store (category_slug, seller_id, live_listings)
		VALUES (NEW.category_slug, NEW.seller_id, 1)
		ON CONFLICT (category_slug, seller_id)
			DO UPDATE SET live_listings = catalog_live_store.live_listings + 1
		RETURNING live_listings = 1 INTO added;
		IF added THEN
			UPDATE catalog_live_store_version SET version = version + 1 WHERE id = 1;
		END IF;
	END IF;
	RETURN NULL;
END
$$;

CREATE TRIGGER product_live_store_insert AFTER INSERT ON product
	FOR EACH ROW WHEN (NEW.status = 'LIVE') EXECUTE FUNCTION catalog_live_store_count();
CREATE TRIGGER product_live_store_delete AFTER DELETE ON product
	FOR EACH ROW WHEN (OLD.status = 'LIVE') EXECUTE FUNCTION catalog_live_store_count();
CREATE TRIGGER product_live_store_update AFTER UPDATE OF status, seller_id, category_slug ON product
	FOR EACH ROW WHEN ((OLD.status = 'LIVE' OR NEW.status = 'LIVE') AND (OLD.status IS DISTINCT FROM NEW.status
		OR OLD.seller_id IS DISTINCT FROM NEW.seller_id OR OLD.category_slug IS DISTINCT FROM NEW.category_slug))
	EXECUTE FUNCTION catalog_live_store_count();
