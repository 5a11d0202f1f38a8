-- Issue 20 item 6, an add-on to fill.sql: a benchmark store whose business registration number
-- fails its check digit (BusinessRegistrationNumber) gets a valid one, 8 and its id in eight
-- digits and the check digit, so that SellerApi can load it (the reports page and the roll-up
-- rebuild ask it for each store's region). Safe to rerun: valid numbers are left alone.
\set ON_ERROR_STOP on
UPDATE seller_application a SET business_registration_number = c.n || c.check_digit
FROM (SELECT id, n, ((10 - (
	substr(n, 1, 1)::int * 1 + substr(n, 2, 1)::int * 3 + substr(n, 3, 1)::int * 7 + substr(n, 4, 1)::int * 1
	+ substr(n, 5, 1)::int * 3 + substr(n, 6, 1)::int * 7 + substr(n, 7, 1)::int * 1 + substr(n, 8, 1)::int * 3
	+ substr(n, 9, 1)::int * 5 + (substr(n, 9, 1)::int * 5) / 10) % 10) % 10)::text AS check_digit
	FROM (SELECT id, '8' || lpad(id::text, 8, '0') AS n, business_registration_number AS old FROM seller_application) s
	WHERE old !~ '^\d{10}$' OR right(old, 1) <> ((10 - (
		substr(old, 1, 1)::int * 1 + substr(old, 2, 1)::int * 3 + substr(old, 3, 1)::int * 7
		+ substr(old, 4, 1)::int * 1 + substr(old, 5, 1)::int * 3 + substr(old, 6, 1)::int * 7
		+ substr(old, 7, 1)::int * 1 + substr(old, 8, 1)::int * 3 + substr(old, 9, 1)::int * 5
		+ (substr(old, 9, 1)::int * 5) / 10) % 10) % 10)::text) c
WHERE c.id = a.id;
