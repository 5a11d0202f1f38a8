-- Screening read the whole rule book (a thousand-odd words, the settings and the price ranges)
-- through JPA for every listing published or edited: about 17 ms of a publish, and of every
-- row of a bulk upload. Each instance now keeps the rule book it read with the version it was
-- read at, and reads this one row per screening instead; any change to the three tables, by
-- staff on any instance, a migration or a hand-run statement, gives the row a new value in the
-- same transaction, so the next screening after its commit reads the rule book afresh.
--
-- The value comes from a sequence, not version + 1: a change rolled back leaves a value no
-- later change takes, so a rule book an instance read inside that transaction is never taken
-- for a committed one. The row is updated once per statement (not per row), and only by
-- changes to the rules, which staff make a few times a day.
CREATE SEQUENCE origin_rule_book_versions;

CREATE TABLE origin_rule_book_version (
	id INT PRIMARY KEY CHECK (id = 1),
	version BIGINT NOT NULL
);
INSERT INTO origin_rule_book_version (id, version) VALUES (1, nextval('origin_rule_book_versions'));

CREATE FUNCTION origin_rule_book_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	UPDATE origin_rule_book_version SET version = nextval('origin_rule_book_versions') WHERE id = 1;
	RETURN NULL;
END $$;
-- As catalog_search_grams (V97): a restore runs with an empty search_path.
ALTER FUNCTION origin_rule_book_changed() SET search_path FROM CURRENT;

CREATE TRIGGER origin_rule_book_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON origin_term
	FOR EACH STATEMENT EXECUTE FUNCTION origin_rule_book_changed();
CREATE TRIGGER origin_rule_book_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON origin_settings
	FOR EACH STATEMENT EXECUTE FUNCTION origin_rule_book_changed();
CREATE TRIGGER origin_rule_book_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON origin_price_range
	FOR EACH STATEMENT EXECUTE FUNCTION origin_rule_book_changed();
