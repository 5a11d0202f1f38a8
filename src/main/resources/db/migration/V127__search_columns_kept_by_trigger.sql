-- A listing's search columns were generated columns (V9), and PostgreSQL computes every stored
-- generated column again on every UPDATE of the row, whatever it changes: each stock taken at
-- checkout (the SKU trigger's update of product.stock), each sales count and review count
-- went through catalog_search_grams, every character pair of the whole description sorted
-- and de-duplicated, about half a millisecond of the database's CPU a row on the benchmark's
-- listings. They become plain columns with the same values, kept by a trigger that works them
-- out only when a listing is inserted or its name, store name or description changes; any
-- other update keeps them as they are, and a direct write to them is ignored, as it was for
-- the generated columns. (A dump restores the stored values: pg_dump creates triggers after
-- the data.)
ALTER TABLE product ALTER COLUMN search_name DROP EXPRESSION;
ALTER TABLE product ALTER COLUMN search_text DROP EXPRESSION;
ALTER TABLE product ALTER COLUMN search_words DROP EXPRESSION;
ALTER TABLE product ALTER COLUMN search_grams DROP EXPRESSION;

CREATE FUNCTION product_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' OR NEW.name IS DISTINCT FROM OLD.name OR NEW.store_name IS DISTINCT FROM OLD.store_name
			OR NEW.description IS DISTINCT FROM OLD.description THEN
		NEW.search_name := catalog_search_normal(NEW.name);
		NEW.search_text := catalog_search_normal(NEW.name) || '|' || catalog_search_normal(NEW.store_name) || '|'
			|| catalog_search_normal(NEW.description);
		NEW.search_words := lower(NEW.name) || ' ' || lower(NEW.store_name) || ' ' || catalog_search_normal(NEW.name);
		NEW.search_grams := catalog_search_grams(NEW.name, NEW.store_name, NEW.description);
	ELSE
		NEW.search_name := OLD.search_name;
		NEW.search_text := OLD.search_text;
		NEW.search_words := OLD.search_words;
		NEW.search_grams := OLD.search_grams;
	END IF;
	RETURN NEW;
END $$;
-- As catalog_search_grams (V97): a restore runs with an empty search_path.
ALTER FUNCTION product_search_columns() SET search_path FROM CURRENT;

CREATE TRIGGER product_search_columns BEFORE INSERT OR UPDATE ON product
	FOR EACH ROW EXECUTE FUNCTION product_search_columns();
