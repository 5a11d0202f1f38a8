-- Product search (/products?q=). See docs/search.md for the design and the query plans.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Store names and regions belong to the seller module; catalog keeps a copy on each listing,
-- written whenever the seller creates, edits or publishes it, so that search can match store
-- names and filter by region without reading another module's tables at query time.
ALTER TABLE product ADD COLUMN store_name VARCHAR(60) NOT NULL DEFAULT '';
ALTER TABLE product ADD COLUMN seller_region VARCHAR(20);
-- Orders arrive later; "best-selling" sorts by this counter, which the order module will raise.
ALTER TABLE product ADD COLUMN sales_count BIGINT NOT NULL DEFAULT 0;

-- The one time catalog reads the seller's table: to fill the copy for listings made before it.
UPDATE product p SET store_name = s.store_name, seller_region = s.region
FROM seller_application s WHERE s.id = p.seller_id;

-- Search ignores spacing ("원목의자" = "원목 의자") and case: both the text and the query lose
-- their whitespace. IMMUTABLE so that generated columns may use it.
CREATE FUNCTION catalog_search_normal(text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT lower(regexp_replace($1, '\s+', '', 'g')) $$;

-- pg_trgm makes no trigram from a one- or two-syllable term, yet 가방, 의자 and 책상 are the
-- commonest searches. So each listing also carries every character bigram of its whole text
-- (name, store name, description) and every single character of its name and store name only:
-- one syllable is matched against names, where it means something, not against descriptions
-- where 국 of 국산 would match nearly every listing. Fields are joined by '|' (never searched)
-- so no bigram spans two fields.
CREATE FUNCTION catalog_search_grams(name text, store_name text, description text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
	WITH t AS (
		SELECT catalog_search_normal(coalesce(name, '')) || '|' || catalog_search_normal(coalesce(store_name, '')) AS short_text,
			catalog_search_normal(coalesce(name, '')) || '|' || catalog_search_normal(coalesce(store_name, '')) || '|'
				|| catalog_search_normal(coalesce(description, '')) AS long_text
	)
	SELECT coalesce(array_agg(DISTINCT gram), '{}')
	FROM (
		SELECT substr(t.short_text, i, 1) AS gram FROM t, generate_series(1, length(t.short_text)) AS i
		UNION ALL
		SELECT substr(t.long_text, i, 2) FROM t, generate_series(1, length(t.long_text) - 1) AS i
	) AS grams
	WHERE strpos(gram, '|') = 0
$$;

ALTER TABLE product ADD COLUMN search_name TEXT
	GENERATED ALWAYS AS (catalog_search_normal(name)) STORED;
ALTER TABLE product ADD COLUMN search_text TEXT
	GENERATED ALWAYS AS (catalog_search_normal(name) || '|' || catalog_search_normal(store_name) || '|'
		|| catalog_search_normal(description)) STORED;
-- Typo tolerance works on words, so it keeps the spacing: the name and store name as written,
-- plus the name without spaces (for a query typed without them).
ALTER TABLE product ADD COLUMN search_words TEXT
	GENERATED ALWAYS AS (lower(name) || ' ' || lower(store_name) || ' ' || catalog_search_normal(name)) STORED;
ALTER TABLE product ADD COLUMN search_grams TEXT[]
	GENERATED ALWAYS AS (catalog_search_grams(name, store_name, description)) STORED;

-- Only live listings are ever searched, so every search index leaves the others out.
-- Three syllables or more: LIKE '%원목의자%' through trigrams.
CREATE INDEX product_search_trgm_ix ON product USING gin (search_text gin_trgm_ops) WHERE status = 'LIVE';
-- Typo fallback and "did you mean": :query <% search_words.
CREATE INDEX product_search_words_trgm_ix ON product USING gin (search_words gin_trgm_ops) WHERE status = 'LIVE';
-- One and two syllables: search_grams @> ARRAY['의자'].
CREATE INDEX product_search_grams_ix ON product USING gin (search_grams) WHERE status = 'LIVE';
-- Sorts without a query (category pages): best-selling and price.
CREATE INDEX product_live_sales_ix ON product (sales_count DESC, published_at DESC) WHERE status = 'LIVE';
CREATE INDEX product_live_price_ix ON product (price) WHERE status = 'LIVE';
