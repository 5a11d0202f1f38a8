-- Options (옵션): a listing has none, one or two option dimensions (색상 × 사이즈, or one list
-- such as 1kg/3kg/5kg). Each combination is a SKU with its own stock and price difference; a
-- listing without options has one SKU without values. Stock is taken from, and given back
-- to, the SKU row only; product.stock is the listings' total, kept by the triggers below so
-- that search, feeds and the seller's list read one column.
ALTER TABLE product ADD COLUMN option_name1 VARCHAR(20);
ALTER TABLE product ADD COLUMN option_name2 VARCHAR(20);
ALTER TABLE product ADD CHECK (option_name2 IS NULL OR option_name1 IS NOT NULL);

CREATE TABLE product_sku (
	id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	product_id BIGINT NOT NULL REFERENCES product (id) ON DELETE CASCADE,
	position INT NOT NULL,
	value1 VARCHAR(30),
	value2 VARCHAR(30),
	-- won added to (or, negative, taken off) the listing's price; the SKU's price stays > 0
	price_delta BIGINT NOT NULL DEFAULT 0,
	stock INT NOT NULL CHECK (stock >= 0),
	CHECK (value2 IS NULL OR value1 IS NOT NULL)
);
CREATE INDEX product_sku_product_ix ON product_sku (product_id, position);
CREATE UNIQUE INDEX product_sku_values_ux ON product_sku (product_id, COALESCE(value1, ''), COALESCE(value2, ''));

-- Every listing so far becomes one SKU without values, holding its stock.
INSERT INTO product_sku (product_id, position, stock) SELECT id, 0, stock FROM product;

-- The hot path (an UPDATE of one SKU's stock at checkout or restock) moves the total by the
-- difference; adding or removing SKUs (the seller's form) sums them again.
CREATE FUNCTION product_sku_keep_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		IF NEW.stock <> OLD.stock THEN
			UPDATE product SET stock = stock + (NEW.stock - OLD.stock) WHERE id = NEW.product_id;
		END IF;
		RETURN NEW;
	ELSIF TG_OP = 'INSERT' THEN
		UPDATE product SET stock = (SELECT COALESCE(SUM(stock), 0) FROM product_sku WHERE product_id = NEW.product_id)
			WHERE id = NEW.product_id;
		RETURN NEW;
	ELSE
		UPDATE product SET stock = (SELECT COALESCE(SUM(stock), 0) FROM product_sku WHERE product_id = OLD.product_id)
			WHERE id = OLD.product_id;
		RETURN OLD;
	END IF;
END $$;
CREATE TRIGGER product_sku_total AFTER INSERT OR UPDATE OR DELETE ON product_sku
	FOR EACH ROW EXECUTE FUNCTION product_sku_keep_total();

-- A listing is born with its one SKU without values, holding the stock it was inserted with;
-- the seller's form then replaces it with the option combinations when there are any.
CREATE FUNCTION product_first_sku() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO product_sku (product_id, position, stock) VALUES (NEW.id, 0, NEW.stock);
	RETURN NEW;
END $$;
CREATE TRIGGER product_first_sku AFTER INSERT ON product
	FOR EACH ROW EXECUTE FUNCTION product_first_sku();

-- Carts and orders hold SKUs: the option is what the shopper chose. Rows from before hold
-- their product's one SKU.
ALTER TABLE cart_item ADD COLUMN sku_id BIGINT;
UPDATE cart_item i SET sku_id = s.id FROM product_sku s WHERE s.product_id = i.product_id;
DELETE FROM cart_item WHERE sku_id IS NULL;
ALTER TABLE cart_item ALTER COLUMN sku_id SET NOT NULL;
ALTER TABLE cart_item DROP CONSTRAINT cart_item_pkey;
ALTER TABLE cart_item ADD PRIMARY KEY (cart_id, sku_id);

-- The order line keeps the option's label and the SKU's price as they were at checkout.
ALTER TABLE order_line ADD COLUMN sku_id BIGINT;
ALTER TABLE order_line ADD COLUMN option_label VARCHAR(70);
UPDATE order_line l SET sku_id = s.id FROM product_sku s WHERE s.product_id = l.product_id;

-- Settlement lines and reviewable lines keep the label the order events carried.
ALTER TABLE settlement_line ADD COLUMN option_label VARCHAR(70);
ALTER TABLE reviewable_line ADD COLUMN option_label VARCHAR(70);
