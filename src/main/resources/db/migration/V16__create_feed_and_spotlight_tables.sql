-- Price-comparison sites take a "summary" feed between full ones: listings that came (I), changed (U)
-- or went (D) since a time. Comings and goings are recorded here by a trigger on the product table,
-- so every path that changes a listing's status (seller, screening, staff, reports) is covered
-- without each remembering to. Changes of a live listing are read from product.updated_at.
CREATE TABLE listing_feed_change (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	product_id BIGINT NOT NULL,
	change CHAR(1) NOT NULL CHECK (change IN ('I', 'D')),
	changed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX listing_feed_change_time_ix ON listing_feed_change (changed_at);

-- The application sets updated_at from its clock on every status change, so that time is used
-- rather than the database's; a deleted row has none and takes the transaction's time.
CREATE FUNCTION listing_feed_record_change() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
	IF TG_OP = 'DELETE' THEN
		IF OLD.status = 'LIVE' THEN
			INSERT INTO listing_feed_change (product_id, change, changed_at) VALUES (OLD.id, 'D', now());
		END IF;
		RETURN OLD;
	END IF;
	IF NEW.status = 'LIVE' AND (TG_OP = 'INSERT' OR OLD.status <> 'LIVE') THEN
		INSERT INTO listing_feed_change (product_id, change, changed_at) VALUES (NEW.id, 'I', NEW.updated_at);
	ELSIF TG_OP = 'UPDATE' AND OLD.status = 'LIVE' AND NEW.status <> 'LIVE' THEN
		INSERT INTO listing_feed_change (product_id, change, changed_at) VALUES (NEW.id, 'D', NEW.updated_at);
	END IF;
	RETURN NEW;
END
$$;

CREATE TRIGGER product_listing_feed_change
	AFTER INSERT OR UPDATE OF status OR DELETE ON product
	FOR EACH ROW EXECUTE FUNCTION listing_feed_record_change();

-- Feeds and sitemaps page through live listings by id.
CREATE INDEX product_live_id_ix ON product (id) WHERE status = 'LIVE';

-- The spotlight favours stores that have not sold yet. The promotion module learns of sales from
-- the order module's OrderPaid events and keeps only this: which stores have ever sold, and when first.
CREATE TABLE promotion_seller_sale (
	seller_id BIGINT PRIMARY KEY,
	first_paid_at TIMESTAMPTZ NOT NULL
);
