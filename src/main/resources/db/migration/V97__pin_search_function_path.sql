-- A restore from pg_dump failed (found by scripts/restore-drill.sh, docs/backup.md): the dump
-- loads data with an empty search_path, and catalog_search_grams, which product's generated
-- search_grams column calls while rows are copied in, calls catalog_search_normal by its bare
-- name. Pinning the function's search path to the schema it was made in lets a restore find it.
ALTER FUNCTION catalog_search_grams(text, text, text) SET search_path FROM CURRENT;
