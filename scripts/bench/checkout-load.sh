#!/usr/bin/env bash
# The checkout load test (issue 20 item 4): N shoppers sign in once, then each keeps
# buying one product at once (the product page's 바로 구매: into the cart and on to the
# checkout), opening the checkout page and paying with the sandbox card. Prints
# checkouts/s, latency and the mall's CPU-seconds per checkout.
#
#   scripts/bench/checkout-load.sh DATABASE PORT [SHOPPERS] [SECONDS]
#
# DATABASE is the mall's database (scripts/bench/fill-database.sh's, or a demo database: it needs the
# demo shopper shopper@example.com, whose password hash the bench shoppers copy, and live
# listings without options); PORT is where that mall runs on 127.0.0.1. The script adds
# the shoppers bench-checkout-001..N@example.com (password valuemall-demo) and gives N
# live one-SKU listings of different stores a stock that cannot run out during the run.
# Needs psql and Java 17.
set -euo pipefail
db=${1:?database}
port=${2:?port}
shoppers=${3:-32}
seconds=${4:-30}
warmup=${WARMUP:-10}
psql_db() { psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d "$db" -v ON_ERROR_STOP=1 -qAtX "$@"; }

psql_db <<SQL
INSERT INTO user_account (email, password_hash, name, phone, created_at, email_verified_at)
SELECT format('bench-checkout-%s@example.com', lpad(i::text, 3, '0')), a.password_hash, '부하시험' || i,
       '010-1234-5678', now(), now()
FROM user_account a, generate_series(1, $shoppers) i
WHERE a.email = 'shopper@example.com'
ON CONFLICT DO NOTHING;
INSERT INTO user_account_role (user_account_id, role)
SELECT id, 'SHOPPER' FROM user_account WHERE email LIKE 'bench-checkout-%@example.com'
ON CONFLICT DO NOTHING;
SQL
count=$(psql_db -c "SELECT count(*) FROM user_account WHERE email LIKE 'bench-checkout-%@example.com'")
if [ "$count" -lt "$shoppers" ]; then
	echo "only $count bench shoppers: is shopper@example.com in $db?" >&2
	exit 1
fi
# One listing per shopper, each of another store where there are enough, so the run
# measures checkouts rather than one stock row's lock queue.
products=$(psql_db -c "
	WITH one_sku AS (
		SELECT p.id, p.seller_id FROM product p
		WHERE p.status = 'LIVE' AND p.price BETWEEN 1000 AND 200000
		  AND (SELECT count(*) FROM product_sku s WHERE s.product_id = p.id) = 1
		  AND NOT EXISTS (SELECT 1 FROM product_sku s WHERE s.product_id = p.id AND s.value1 IS NOT NULL)),
	ranked AS (SELECT id, row_number() OVER (PARTITION BY seller_id ORDER BY id) AS r FROM one_sku)
	SELECT string_agg(id::text, ',') FROM (SELECT id FROM ranked ORDER BY r, id LIMIT $shoppers) chosen")
if [ -z "$products" ]; then
	echo "no live one-SKU listing in $db" >&2
	exit 1
fi
psql_db -c "UPDATE product_sku SET stock = 100000000 WHERE product_id IN ($products)"
# Empty carts, so the first checkout buys one item like the others.
psql_db -c "DELETE FROM cart_item WHERE cart_id IN (SELECT c.id FROM cart c JOIN user_account a ON a.id = c.account_id
	WHERE a.email LIKE 'bench-checkout-%@example.com')" || true

pid=$(ss -ltnpH "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true)
# The PostgreSQL backends the mall's pool holds open on this database (all of them when
# several instances share it), whose CPU time the driver reads too.
pg_pids=$(psql_db -c "SELECT string_agg(pid::text, ',') FROM pg_stat_activity
	WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'")
here=$(cd "$(dirname "$0")" && pwd)
exec java -Xmx256m "$here/CheckoutLoad.java" --base "http://127.0.0.1:$port" --shoppers "$shoppers" \
	--products "$products" --seconds "$seconds" --warmup "$warmup" ${pid:+--pid "$pid"} \
	${pg_pids:+--pg-pids "$pg_pids"}
